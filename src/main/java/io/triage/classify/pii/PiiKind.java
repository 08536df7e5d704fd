package io.triage.classify.pii;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of personal data and secrets the {@link PiiDetector} finds, with the names used in rules
 * and JSON ({@code credit_card}) and the placeholder {@link PiiDetector#redact} writes ({@code [CARD]}).
 */
public enum PiiKind {
    EMAIL("EMAIL"),
    PHONE("PHONE"),
    CREDIT_CARD("CARD"),
    IBAN("IBAN"),
    NATIONAL_ID("NATIONAL_ID"),
    IP_ADDRESS("IP"),
    SECRET("SECRET");

    private final String placeholder;

    PiiKind(String label) {
        this.placeholder = "[" + label + "]";
    }

    /** The wire name, for example {@code credit_card}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a redacted finding of this kind reads as, for example {@code [CARD]}. */
    public String placeholder() {
        return placeholder;
    }

    /** Parses a wire name; empty when it names no kind. */
    public static Optional<PiiKind> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wire = name.trim().toLowerCase(Locale.ROOT);
        for (PiiKind kind : values()) {
            if (kind.wireName().equals(wire)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

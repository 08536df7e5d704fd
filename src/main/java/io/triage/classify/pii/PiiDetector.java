package io.triage.classify.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds personal data and secrets in a text: the {@code pii} signal that lets a policy keep a request
 * on the local model. Thread-safe; build one and share it.
 * <p>
 * A scan counts the text's characters once and runs only the recognizers whose kind can occur (no
 * digits, no card), each with precompiled patterns. When findings overlap, one is kept, in this order
 * of precedence: secret, credit card, IBAN, national id, email, IP address, phone, then the longer.
 */
public final class PiiDetector {

    private static final List<PiiKind> PRECEDENCE = List.of(PiiKind.SECRET, PiiKind.CREDIT_CARD, PiiKind.IBAN,
            PiiKind.NATIONAL_ID, PiiKind.EMAIL, PiiKind.IP_ADDRESS, PiiKind.PHONE);
    private static final Comparator<PiiFinding> BY_PRECEDENCE = Comparator
            .comparingInt((PiiFinding finding) -> PRECEDENCE.indexOf(finding.kind()))
            .thenComparing(Comparator.comparingInt(PiiFinding::length).reversed())
            .thenComparingInt(PiiFinding::start);

    private final List<Recognizer> recognizers;

    /** A detector for every kind. */
    public PiiDetector() {
        this(EnumSet.allOf(PiiKind.class));
    }

    /** A detector for the given kinds only. */
    public PiiDetector(Set<PiiKind> enabled) {
        Objects.requireNonNull(enabled, "enabled");
        this.recognizers = List.of(new EmailRecognizer(), new PhoneRecognizer(), new CardRecognizer(),
                        new IbanRecognizer(), new NationalIdRecognizer(), new IpAddressRecognizer(),
                        new SecretRecognizer())
                .stream()
                .filter(recognizer -> enabled.contains(recognizer.kind()))
                .toList();
    }

    /** The findings in {@code text}, ordered by start and never overlapping; empty for null. */
    public List<PiiFinding> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TextProfile profile = TextProfile.of(text);
        List<PiiFinding> candidates = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            if (recognizer.mightOccur(profile)) {
                recognizer.find(text, candidates);
            }
        }
        return withoutOverlaps(candidates);
    }

    /** The kinds present in {@code text}; empty when there are none. */
    public Set<PiiKind> kinds(String text) {
        Set<PiiKind> kinds = EnumSet.noneOf(PiiKind.class);
        scan(text).forEach(finding -> kinds.add(finding.kind()));
        return kinds;
    }

    /**
     * {@code text} with each finding replaced by its kind's placeholder, for example
     * {@code "mail [EMAIL] or call [PHONE]"}. Of overlapping findings the earlier one wins.
     *
     * @throws IllegalArgumentException when a finding lies outside the text
     */
    public static String redact(String text, List<PiiFinding> findings) {
        Objects.requireNonNull(text, "text");
        List<PiiFinding> ordered = findings.stream().sorted(Comparator.comparingInt(PiiFinding::start)).toList();
        StringBuilder redacted = new StringBuilder(text.length());
        int copied = 0;
        for (PiiFinding finding : ordered) {
            if (finding.end() > text.length()) {
                throw new IllegalArgumentException("finding " + finding + " ends past the text's "
                        + text.length() + " characters");
            }
            if (finding.start() >= copied) {
                redacted.append(text, copied, finding.start()).append(finding.kind().placeholder());
                copied = finding.end();
            }
        }
        return redacted.append(text, copied, text.length()).toString();
    }

    private static List<PiiFinding> withoutOverlaps(List<PiiFinding> candidates) {
        candidates.sort(BY_PRECEDENCE);
        // Kept findings never overlap, so only the one starting last before a candidate's end can touch it.
        TreeMap<Integer, PiiFinding> kept = new TreeMap<>();
        for (PiiFinding candidate : candidates) {
            Map.Entry<Integer, PiiFinding> before = kept.lowerEntry(candidate.end());
            if (before == null || !before.getValue().overlaps(candidate)) {
                kept.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }
}

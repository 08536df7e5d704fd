package io.triage.chat;

import java.util.Locale;
import java.util.Optional;

/** Author of a message, as OpenAI names them. */
public enum Role {
    SYSTEM, DEVELOPER, USER, ASSISTANT, TOOL;

    /** The wire name, for example {@code "user"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; empty when the name is not a known role. */
    public static Optional<Role> fromWire(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** True for the roles that carry instructions rather than conversation (system, developer). */
    public boolean isInstruction() {
        return this == SYSTEM || this == DEVELOPER;
    }
}

package io.triage.classify;

import java.util.Locale;
import java.util.Optional;

/** The tasks Triage tells apart, with the names used in rules, headers and JSON. */
public enum Task {
    SENTIMENT, CLASSIFICATION, EXTRACTION, SHORT_QA, COMPLETION, SUMMARIZATION, TRANSLATION, REWRITE,
    CREATIVE_WRITING, OPEN_QA, MATH, CODE, REASONING;

    /** The wire name, for example {@code short_qa}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; empty when it names no task. */
    public static Optional<Task> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Task task : values()) {
            if (task.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }
}

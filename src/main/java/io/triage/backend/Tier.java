package io.triage.backend;

import java.util.Locale;

/** Where a model runs: on the premises (cheap, private) or at a remote provider (large). */
public enum Tier {
    LOCAL, REMOTE;

    /** The name used in rules, headers and JSON: {@code local} or {@code remote}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

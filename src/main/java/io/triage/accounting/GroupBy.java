package io.triage.accounting;

import java.util.Locale;
import java.util.Optional;

/** What {@code /admin/usage} groups its totals by: a column of the ledger. */
public enum GroupBy {
    ROUTE("route"), TIER("tier"), TASK("task"), MODEL("model"), TENANT("tenant"), BACKEND("backend");

    private final String column;

    GroupBy(String column) {
        this.column = column;
    }

    /** The ledger column; safe to put in SQL (it is one of these constants, never user text). */
    public String column() {
        return column;
    }

    public static Optional<GroupBy> parse(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package io.triage.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads totals from the {@code requests} table. Groups and the grand total come from one statement,
 * so they agree even while the writer commits. Keys are sorted in Java (by code point), not by the
 * database's collation, so H2 and PostgreSQL answer in the same order; a null key reads {@code none}.
 */
final class UsageQueries {

    static final String NONE = "none";
    static final String TOTAL = "total";

    private static final String SUMS = """
            COUNT(*), COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(cached_tokens), 0),
            COALESCE(SUM(completion_tokens), 0), SUM(cost), SUM(baseline), SUM(saved)
            FROM requests WHERE at >= ? AND at < ?""";
    private static final String TOTALS = "SELECT 0, %1$s, " + SUMS + " GROUP BY %1$s"
            + " UNION ALL SELECT 1, CAST(NULL AS VARCHAR(200)), " + SUMS;
    private static final String COST_BY_TENANT =
            "SELECT tenant, SUM(cost) FROM requests WHERE at >= ? GROUP BY tenant";

    private UsageQueries() {
    }

    /** One row per group, sorted by key, then the grand total. */
    static List<UsageTotals> totals(Connection connection, GroupBy groupBy, Instant from, Instant to)
            throws SQLException {
        // groupBy.column() is one of the enum's constants, never user text
        try (PreparedStatement query = connection.prepareStatement(TOTALS.formatted(groupBy.column()))) {
            for (int i = 0; i < 2; i++) {
                query.setObject(2 * i + 1, RequestTable.timestamp(from));
                query.setObject(2 * i + 2, RequestTable.timestamp(to));
            }
            try (ResultSet rows = query.executeQuery()) {
                return groupsThenTotal(rows);
            }
        }
    }

    private static List<UsageTotals> groupsThenTotal(ResultSet rows) throws SQLException {
        List<UsageTotals> groups = new ArrayList<>();
        UsageTotals total = null;
        while (rows.next()) {
            if (rows.getInt(1) == 1) {
                total = read(rows, TOTAL);
            } else {
                groups.add(read(rows, keyOf(rows.getString(2))));
            }
        }
        groups.sort(Comparator.comparing(UsageTotals::key));
        groups.add(total);
        return groups;
    }

    /** Cost per tenant since {@code since}, sorted by tenant. */
    static Map<String, BigDecimal> costByTenantSince(Connection connection, Instant since) throws SQLException {
        Map<String, BigDecimal> costs = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(COST_BY_TENANT)) {
            query.setObject(1, RequestTable.timestamp(since));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    costs.merge(keyOf(rows.getString(1)), money(rows.getBigDecimal(2)), BigDecimal::add);
                }
            }
        }
        return costs;
    }

    private static UsageTotals read(ResultSet rows, String key) throws SQLException {
        return new UsageTotals(key, rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6),
                money(rows.getBigDecimal(7)), money(rows.getBigDecimal(8)), money(rows.getBigDecimal(9)));
    }

    private static String keyOf(String value) {
        return value == null ? NONE : value;
    }

    /** Sums at the column's fixed scale: exact, and equal values compare equal. */
    private static BigDecimal money(BigDecimal sum) {
        return (sum == null ? BigDecimal.ZERO : sum).setScale(RequestTable.SCALE, RoundingMode.HALF_UP);
    }
}

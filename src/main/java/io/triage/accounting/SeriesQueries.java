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

/**
 * Reads the {@code requests} table over time: sums per time bucket and group, and timing percentiles.
 * Portable SQL: {@code EXTRACT(EPOCH FROM at)} and {@code PERCENTILE_CONT ... WITHIN GROUP} mean the
 * same on H2 2.x and PostgreSQL.
 */
final class SeriesQueries {

    private static final String SERIES = """
            SELECT bucket, k, COUNT(*), SUM(cost), SUM(saved),
              SUM(CASE WHEN cache IN ('hit', 'semantic') THEN 1 ELSE 0 END),
              SUM(CASE WHEN fallback_from IS NOT NULL THEN 1 ELSE 0 END)
            FROM (SELECT FLOOR(EXTRACT(EPOCH FROM at) / %1$d) AS bucket, %2$s AS k, cost, saved, cache, fallback_from
                  FROM requests WHERE at >= ? AND at < ?) windowed
            GROUP BY bucket, k""";
    private static final String PERCENTILES = """
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY %1$s), PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY %1$s),
            PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY %1$s), COUNT(%1$s)""";
    private static final String LATENCY = "SELECT COUNT(*), " + PERCENTILES.formatted("latency_millis") + ", "
            + PERCENTILES.formatted("overhead_millis") + ", " + PERCENTILES.formatted("ttft_millis")
            + " FROM requests WHERE at >= ? AND at < ?";

    private SeriesQueries() {
    }

    /** Sums per bucket of {@code bucketSeconds} and group, oldest bucket first, then by key. */
    static List<SeriesPoint> series(Connection connection, GroupBy groupBy, Instant from, Instant to, int bucketSeconds)
            throws SQLException {
        if (bucketSeconds < 1) {
            throw new IllegalArgumentException("bucketSeconds must be positive, was " + bucketSeconds);
        }
        // both placeholders are ours: a positive int and one of GroupBy's columns, never user text
        List<SeriesPoint> points = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SERIES.formatted(bucketSeconds, groupBy.column()))) {
            query.setObject(1, RequestTable.timestamp(from));
            query.setObject(2, RequestTable.timestamp(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    points.add(new SeriesPoint(Instant.ofEpochSecond(rows.getLong(1) * bucketSeconds),
                            rows.getString(2) == null ? UsageQueries.NONE : rows.getString(2), rows.getLong(3),
                            money(rows.getBigDecimal(4)), money(rows.getBigDecimal(5)), rows.getLong(6), rows.getLong(7)));
                }
            }
        }
        points.sort(Comparator.comparing(SeriesPoint::start).thenComparing(SeriesPoint::key));
        return points;
    }

    /** p50, p95 and p99 of latency, overhead and TTFT over {@code from <= at < to}. */
    static LatencyPercentiles latency(Connection connection, Instant from, Instant to) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LATENCY)) {
            query.setObject(1, RequestTable.timestamp(from));
            query.setObject(2, RequestTable.timestamp(to));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new LatencyPercentiles(rows.getLong(1), percentiles(rows, 2), percentiles(rows, 6),
                        percentiles(rows, 10));
            }
        }
    }

    private static LatencyPercentiles.Percentiles percentiles(ResultSet rows, int first) throws SQLException {
        return new LatencyPercentiles.Percentiles(rows.getLong(first + 3), number(rows, first), number(rows, first + 1),
                number(rows, first + 2));
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static BigDecimal money(BigDecimal sum) {
        return (sum == null ? BigDecimal.ZERO : sum).setScale(RequestTable.SCALE, RoundingMode.HALF_UP);
    }
}

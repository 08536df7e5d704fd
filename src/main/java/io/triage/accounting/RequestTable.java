package io.triage.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link UsageRecord}s to the {@code requests} table with portable SQL (H2 and PostgreSQL).
 * Amounts are rounded to the column's 10 decimals and {@code at} to microseconds, the precision both
 * databases keep, so what is written is what is read back. Text longer than its column is cut to fit:
 * one over-long value must not make a batch fail for ever and block the ledger behind it.
 */
final class RequestTable {

    static final int SCALE = 10;
    private static final int NAME = 200;
    private static final int CODE = 20;

    private static final String INSERT = """
            INSERT INTO requests (id, at, tenant, key_id, route, tier, backend, model, task, prompt_tokens,
              cached_tokens, completion_tokens, cost, baseline, saved, currency, latency_millis, ttft_millis,
              cache, fallback_from, attempts, status, usage_counted, overhead_millis)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String EXISTS = "SELECT 1 FROM requests WHERE id = ?";

    private RequestTable() {
    }

    /** Inserts the records in one transaction; fails if one is already there. */
    static void insert(Connection connection, List<UsageRecord> records) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (UsageRecord record : records) {
                bind(insert, record);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    /**
     * Inserts, in one transaction, the records whose id is not in the table yet; returns how many. For
     * replaying the write-ahead log and retrying a batch whose commit may have happened.
     */
    static int insertMissing(Connection connection, List<UsageRecord> records) throws SQLException {
        List<UsageRecord> missing = new ArrayList<>();
        try (PreparedStatement exists = connection.prepareStatement(EXISTS)) {
            for (UsageRecord record : records) {
                exists.setObject(1, record.id());
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        missing.add(record);
                    }
                }
            }
        }
        // the same id twice in the log (never expected) must not fail the whole replay
        List<UsageRecord> unique = missing.stream().distinct().toList();
        insert(connection, unique);
        return unique.size();
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement insert, UsageRecord record) throws SQLException {
        insert.setObject(1, record.id());
        insert.setObject(2, timestamp(record.at()));
        insert.setString(3, fit(record.tenant(), NAME));
        insert.setString(4, fit(record.keyId(), NAME));
        insert.setString(5, fit(record.route(), NAME));
        insert.setString(6, fit(record.tier(), CODE));
        insert.setString(7, fit(record.backend(), NAME));
        insert.setString(8, fit(record.model(), NAME));
        insert.setString(9, fit(record.task(), NAME));
        insert.setInt(10, record.promptTokens());
        insert.setInt(11, record.cachedTokens());
        insert.setInt(12, record.completionTokens());
        bindOutcome(insert, record);
    }

    private static void bindOutcome(PreparedStatement insert, UsageRecord record) throws SQLException {
        insert.setBigDecimal(13, money(record.cost()));
        insert.setBigDecimal(14, money(record.baseline()));
        insert.setBigDecimal(15, money(record.saved()));
        insert.setString(16, fit(record.currency(), 3));
        insert.setLong(17, record.latencyMillis());
        insert.setObject(18, record.ttftMillis(), Types.BIGINT);
        insert.setString(19, fit(record.cache(), CODE));
        insert.setString(20, fit(record.fallbackFrom(), NAME));
        insert.setInt(21, record.attempts());
        insert.setInt(22, record.status());
        insert.setBoolean(23, record.usageCounted());
        insert.setObject(24, record.overheadMillis(), Types.BIGINT);
    }

    private static String fit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static void rollbackQuietly(Connection connection, SQLException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}

package io.triage.accounting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the {@code requests} table back into records, straight through JDBC, to check what was written. */
final class LedgerRows {

    private LedgerRows() {
    }

    static List<UsageRecord> all(LedgerSettings settings) {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM requests")) {
            List<UsageRecord> records = new ArrayList<>();
            while (rows.next()) {
                records.add(read(rows));
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UsageRecord read(ResultSet row) throws SQLException {
        return new UsageRecord(row.getObject("id", UUID.class), row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("tenant"), row.getString("key_id"), row.getString("route"), row.getString("tier"),
                row.getString("backend"), row.getString("model"), row.getString("task"), row.getInt("prompt_tokens"),
                row.getInt("cached_tokens"), row.getInt("completion_tokens"), row.getBigDecimal("cost"),
                row.getBigDecimal("baseline"), row.getBigDecimal("saved"), row.getString("currency"),
                row.getLong("latency_millis"), row.getObject("ttft_millis", Long.class), row.getString("cache"),
                row.getString("fallback_from"), row.getInt("attempts"), row.getInt("status"),
                row.getBoolean("usage_counted"), row.getObject("overhead_millis", Long.class));
    }
}

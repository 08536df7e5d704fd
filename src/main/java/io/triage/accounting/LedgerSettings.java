package io.triage.accounting;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link JdbcLedger} keeps its records.
 *
 * @param url           JDBC URL of the database: H2 ({@code jdbc:h2:...}) or PostgreSQL
 *                      ({@code jdbc:postgresql://...})
 * @param user          database user (empty for the default H2 file)
 * @param password      database password (empty for the default H2 file)
 * @param walDir        directory of the write-ahead log; one per gateway instance
 * @param batchSize     most records written in one insert batch
 * @param flushInterval longest a recorded record waits before the writer takes it
 * @param fsync         force every appended log line to the disk: survives an OS crash too, at the
 *                      price of a disk sync per request
 */
public record LedgerSettings(String url, String user, String password, Path walDir, int batchSize,
                             Duration flushInterval, boolean fsync) {

    /** The database the gateway uses unless told otherwise: an H2 file under {@code ./data}. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/triage-ledger;AUTO_SERVER=FALSE";
    /** Default {@link #batchSize}. */
    public static final int DEFAULT_BATCH_SIZE = 200;
    /** Default {@link #flushInterval}. */
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(200);

    public LedgerSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(walDir, "walDir");
        Objects.requireNonNull(flushInterval, "flushInterval");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("ledger url must be jdbc:h2:... or jdbc:postgresql:..., was " + url);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("ledger batchSize must be at least 1, was " + batchSize);
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("ledger flushInterval must be positive, was " + flushInterval);
        }
    }

    /** Settings for {@code url} with the default batch size and interval, and no fsync. */
    public static LedgerSettings of(String url, String user, String password, Path walDir) {
        return new LedgerSettings(url, user, password, walDir, DEFAULT_BATCH_SIZE, DEFAULT_FLUSH_INTERVAL, false);
    }

    /** The same settings with another batch size and flush interval. */
    public LedgerSettings withBatching(int size, Duration interval) {
        return new LedgerSettings(url, user, password, walDir, size, interval, fsync);
    }

    /** The same settings with fsync on or off. */
    public LedgerSettings withFsync(boolean on) {
        return new LedgerSettings(url, user, password, walDir, batchSize, flushInterval, on);
    }

    @Override
    public String toString() {
        // never print the password
        return "LedgerSettings[url=" + url + ", user=" + user + ", walDir=" + walDir + ", batchSize=" + batchSize
                + ", flushInterval=" + flushInterval + ", fsync=" + fsync + "]";
    }
}

package io.triage.accounting;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link Ledger} on plain JDBC: an H2 file by default ({@link LedgerSettings#DEFAULT_URL}), or
 * PostgreSQL when the URL is {@code jdbc:postgresql://...}. The schema is migrated by Flyway at open.
 *
 * <p><b>Off the request path.</b> {@link #record} appends the record to a write-ahead log and queues
 * it; it does no database work. One writer thread ({@code triage-ledger-writer}) inserts queued
 * records in batches of {@code batchSize}, at least every {@code flushInterval}, each batch in one
 * transaction.
 *
 * <p><b>Durability.</b> The write-ahead log is an append-only file of JSON lines in {@code walDir},
 * written without a user-space buffer: once {@code record} returns, the line is in the operating
 * system's page cache, so it survives a kill of the process (even {@code kill -9}). An OS crash or a
 * power loss may lose the last lines written before it, unless {@link LedgerSettings#fsync} is on
 * (one disk sync per record). The log is truncated when every appended record is committed (under
 * the lock appends take, so none slips in between); under steady load it rolls to a new segment and
 * deletes the old one once its records are committed. At open, records left in the log are inserted
 * unless their id is already in the database, then the log is deleted: nothing is lost or doubled.
 * Each gateway instance needs its own {@code walDir}.
 *
 * <p>{@code at} is kept to the microsecond and amounts to 10 decimals, the columns' precision.
 */
public final class JdbcLedger implements Ledger {

    /** A segment of the log larger than this rolls over while records are still pending. */
    static final long ROTATE_BYTES = 8L * 1024 * 1024;

    private final DataSource database;
    private final WriteAheadLog log;
    private final Backlog backlog;
    private final LedgerWriter writer;
    private final int batchSize;
    private final Duration recheck;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdbcLedger(DataSource database, WriteAheadLog log, LedgerSettings settings, Clock clock) {
        this.database = database;
        this.log = log;
        this.backlog = new Backlog(log, ROTATE_BYTES);
        this.writer = new LedgerWriter(backlog, database, settings, clock);
        this.batchSize = settings.batchSize();
        this.recheck = settings.flushInterval();
    }

    /**
     * Opens the ledger: migrates the schema, replays what the write-ahead log kept from the last run,
     * and starts the writer.
     *
     * @throws LedgerException when the database cannot be reached or migrated
     */
    public static JdbcLedger open(LedgerSettings settings, Clock clock) {
        DataSource database = LedgerDatabase.dataSource(settings);
        try {
            LedgerDatabase.migrate(database);
        } catch (RuntimeException e) {
            throw new LedgerException("cannot migrate the ledger database " + settings.url() + ": "
                    + e.getMessage(), e);
        }
        WriteAheadLog log = WriteAheadLog.open(settings.walDir(), settings.fsync());
        try {
            replay(database, log, settings);
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
        JdbcLedger ledger = new JdbcLedger(database, log, settings, clock);
        ledger.writer.start();
        return ledger;
    }

    @Override
    public void record(UsageRecord record) {
        if (backlog.add(record) >= batchSize) {
            writer.wake();
        }
    }

    @Override
    public void flush() {
        long target = backlog.appended();
        writer.wake();
        backlog.awaitCommitted(target, recheck);
    }

    @Override
    public List<UsageTotals> totals(GroupBy groupBy, Instant from, Instant to) {
        flush();
        try (Connection connection = database.getConnection()) {
            return UsageQueries.totals(connection, groupBy, from, to);
        } catch (SQLException e) {
            throw new LedgerException("cannot read ledger totals by " + groupBy.column() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, BigDecimal> costByTenantSince(Instant since) {
        flush();
        try (Connection connection = database.getConnection()) {
            return UsageQueries.costByTenantSince(connection, since);
        } catch (SQLException e) {
            throw new LedgerException("cannot read ledger cost by tenant: " + e.getMessage(), e);
        }
    }

    @Override
    public List<SeriesPoint> series(GroupBy groupBy, Instant from, Instant to, int bucketSeconds) {
        flush();
        try (Connection connection = database.getConnection()) {
            return SeriesQueries.series(connection, groupBy, from, to, bucketSeconds);
        } catch (SQLException e) {
            throw new LedgerException("cannot read the ledger series by " + groupBy.column() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public LatencyPercentiles latency(Instant from, Instant to) {
        flush();
        try (Connection connection = database.getConnection()) {
            return SeriesQueries.latency(connection, from, to);
        } catch (SQLException e) {
            throw new LedgerException("cannot read latency percentiles from the ledger: " + e.getMessage(), e);
        }
    }

    /** How the writer is doing: pending records, last commit, last error. */
    public LedgerStatus status() {
        return backlog.status();
    }

    /** Writes what is pending, stops the writer and releases the database; a second call does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            backlog.stop();
            writer.stop();
            log.close();
        }
    }

    /** Stops as a kill would: nothing more is written and the log is left as it is (tests only). */
    void halt() {
        if (closed.compareAndSet(false, true)) {
            backlog.stop();
            writer.halt();
            log.close();
        }
    }

    private static void replay(DataSource database, WriteAheadLog log, LedgerSettings settings) {
        List<UsageRecord> leftovers = log.leftovers();
        if (!leftovers.isEmpty()) {
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                RequestTable.insertMissing(connection, leftovers);
            } catch (SQLException e) {
                throw new LedgerException("cannot replay " + leftovers.size()
                        + " records from the ledger write-ahead log into " + settings.url(), e);
            }
        }
        log.dropLeftovers();
    }
}

package io.triage.accounting;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The one thread that writes to the database ({@code triage-ledger-writer}, a daemon platform
 * thread). It wakes every flush interval, or sooner when a batch is full or a flush is asked for,
 * and writes everything queued in batches of at most {@code batchSize}, each one JDBC batch in one
 * transaction. A batch that fails stays in hand and is retried (skipping ids already present, in case
 * the failure hid a commit) after at least a second; its records stay in the write-ahead log meanwhile.
 */
final class LedgerWriter implements Runnable {

    static final String THREAD_NAME = "triage-ledger-writer";
    private static final System.Logger LOG = System.getLogger(LedgerWriter.class.getName());
    private static final Duration MIN_RETRY_DELAY = Duration.ofSeconds(1);

    private final Backlog backlog;
    private final DataSource database;
    private final int batchSize;
    private final Duration interval;
    private final Clock clock;
    private final Thread thread;
    private Connection connection;
    private List<UsageRecord> unwritten = List.of();
    private long retryAtNanos;
    private volatile boolean stopping;
    private volatile boolean halted;

    LedgerWriter(Backlog backlog, DataSource database, LedgerSettings settings, Clock clock) {
        this.backlog = backlog;
        this.database = database;
        this.batchSize = settings.batchSize();
        this.interval = settings.flushInterval();
        this.clock = clock;
        this.thread = Thread.ofPlatform().name(THREAD_NAME).daemon().unstarted(this);
    }

    void start() {
        thread.start();
    }

    /** Asks the writer to write now rather than at the end of its interval. */
    void wake() {
        LockSupport.unpark(thread);
    }

    /** Writes what is queued, then ends the thread (records that cannot be written stay in the log). */
    void stop() {
        stopping = true;
        wake();
        join();
    }

    /** Ends the thread without writing anything more, as a kill would (tests only). */
    void halt() {
        halted = true;
        stopping = true;
        wake();
        join();
    }

    @Override
    public void run() {
        while (!stopping) {
            LockSupport.parkNanos(interval.toNanos());
            if (!halted) {
                writeQueued();
            }
        }
        if (!halted) {
            writeQueued();
        }
        closeConnection();
    }

    private void writeQueued() {
        while (!halted) {
            boolean retry = !unwritten.isEmpty();
            if (retry && !stopping && System.nanoTime() - retryAtNanos < 0) {
                return; // a wake-up under load must not hammer a database that is down
            }
            List<UsageRecord> batch = retry ? unwritten : backlog.take(batchSize);
            if (batch.isEmpty()) {
                return;
            }
            try {
                write(batch, retry);
                unwritten = List.of();
                backlog.committed(batch.size(), clock.instant());
            } catch (SQLException | RuntimeException e) {
                unwritten = batch;
                retryAtNanos = System.nanoTime() + Math.max(interval.toNanos(), MIN_RETRY_DELAY.toNanos());
                reportFailure(batch, e);
                return;
            }
        }
    }

    private void write(List<UsageRecord> batch, boolean retry) throws SQLException {
        if (connection == null) {
            connection = database.getConnection();
            connection.setAutoCommit(false);
        }
        if (retry) {
            RequestTable.insertMissing(connection, batch);
        } else {
            RequestTable.insert(connection, batch);
        }
    }

    private void reportFailure(List<UsageRecord> batch, Exception e) {
        closeConnection();
        LedgerException failure = new LedgerException("the ledger could not write " + batch.size()
                + " records (they stay in the write-ahead log and will be retried): " + e.getMessage(), e);
        LOG.log(System.Logger.Level.WARNING, failure.getMessage());
        backlog.failed(failure);
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the ledger connection failed", e);
        }
        connection = null;
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

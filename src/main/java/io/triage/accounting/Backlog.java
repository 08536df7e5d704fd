package io.triage.accounting;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Records between {@link Ledger#record} and their commit: each is appended to the write-ahead log
 * and queued for the writer under one lock, so the log and the queue hold the same records in the
 * same order. When the writer reports a commit, the log is truncated if every appended record is
 * committed; under steady load, when the current segment has grown past {@code rotateBytes}, it is
 * sealed and deleted once the records appended before it are committed.
 *
 * <p>A {@link ReentrantLock}, not {@code synchronized}, so virtual threads are not pinned on Java 21.
 */
final class Backlog {

    private record Sealed(Path segment, long lastSequence) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progress = lock.newCondition();
    private final Queue<UsageRecord> queue = new ConcurrentLinkedQueue<>();
    private final Deque<Sealed> sealed = new ArrayDeque<>();
    private final WriteAheadLog log;
    private final long rotateBytes;
    private long appended;
    private long committed;
    private long failures;
    private RuntimeException lastFailure;
    private Instant lastCommit;
    private boolean stopped;

    Backlog(WriteAheadLog log, long rotateBytes) {
        this.log = log;
        this.rotateBytes = rotateBytes;
    }

    /** Logs and queues a record; returns how many records are not yet committed. */
    long add(UsageRecord record) {
        lock.lock();
        try {
            if (stopped) {
                throw new IllegalStateException("the ledger is closed; record " + record.id() + " was not kept");
            }
            log.append(record);
            queue.add(record);
            appended++;
            return appended - committed;
        } finally {
            lock.unlock();
        }
    }

    /** Takes up to {@code max} queued records, oldest first (the writer only). */
    List<UsageRecord> take(int max) {
        List<UsageRecord> batch = new ArrayList<>(Math.min(max, 1024));
        for (UsageRecord next; batch.size() < max && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        return batch;
    }

    /** The writer committed the next {@code count} records, at {@code at}. */
    void committed(int count, Instant at) {
        lock.lock();
        try {
            committed += count;
            lastFailure = null;
            lastCommit = at;
            while (!sealed.isEmpty() && sealed.peekFirst().lastSequence() <= committed) {
                WriteAheadLog.delete(sealed.removeFirst().segment());
            }
            if (committed == appended) {
                log.truncate();
            } else if (sealed.isEmpty() && log.size() >= rotateBytes) {
                sealed.addLast(new Sealed(log.seal(), appended));
            }
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The writer could not commit; the records stay queued and logged. */
    void failed(RuntimeException failure) {
        lock.lock();
        try {
            failures++;
            lastFailure = failure;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many records have been appended so far. */
    long appended() {
        lock.lock();
        try {
            return appended;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the first {@code target} records are committed. Throws the writer's failure when an
     * attempt fails during the wait, and {@link IllegalStateException} when the ledger stops first.
     */
    void awaitCommitted(long target, Duration recheck) {
        lock.lock();
        try {
            long failuresBefore = failures;
            while (committed < target) {
                if (failures != failuresBefore) {
                    throw lastFailure;
                }
                if (stopped) {
                    throw new IllegalStateException("the ledger is closed; " + (target - committed)
                            + " records wait in the write-ahead log for the next start");
                }
                progress.await(recheck.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ledger writer", e);
        } finally {
            lock.unlock();
        }
    }

    /** Refuses further records and wakes every waiter. */
    void stop() {
        lock.lock();
        try {
            stopped = true;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot for health checks. */
    LedgerStatus status() {
        lock.lock();
        try {
            return new LedgerStatus(appended - committed, lastCommit,
                    lastFailure == null ? null : lastFailure.getMessage());
        } finally {
            lock.unlock();
        }
    }
}

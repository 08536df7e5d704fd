package io.triage.backend.llama;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps the native model alive while anything uses it. Freeing a llama.cpp model while a call is
 * inside it crashes the JVM, so every native call happens under a lease and {@link #shut} waits
 * for the leases to be returned before the model may be freed.
 */
final class ModelGuard {

    /** A use of the model; closing it returns the lease. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int leases;
    private boolean shut;

    /** A lease, or empty when the guard has been shut. Closing a lease twice returns it once. */
    Optional<Lease> enter() {
        lock.lock();
        try {
            if (shut) {
                return Optional.empty();
            }
            leases++;
            AtomicBoolean returned = new AtomicBoolean();
            return Optional.of(() -> {
                if (returned.compareAndSet(false, true)) {
                    leave();
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses new leases and waits for the outstanding ones.
     *
     * @return true when no lease is outstanding any more: the model may be freed
     */
    boolean shut(Duration grace) throws InterruptedException {
        lock.lock();
        try {
            shut = true;
            long remaining = grace.toNanos();
            while (leases > 0 && remaining > 0) {
                remaining = idle.awaitNanos(remaining);
            }
            return leases == 0;
        } finally {
            lock.unlock();
        }
    }

    boolean isShut() {
        lock.lock();
        try {
            return shut;
        } finally {
            lock.unlock();
        }
    }

    private void leave() {
        lock.lock();
        try {
            leases--;
            if (leases == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}

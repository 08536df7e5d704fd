package io.triage.backend.llama;

import io.triage.backend.BackendException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the requests inside the backend to {@code parallelSlots + maxQueued}. A request that
 * finds no permit waits, first come first served (the semaphore is fair), for at most the queue
 * timeout and is then refused as {@link BackendException.Kind#OVERLOADED}, so that the router can
 * send it elsewhere instead of letting it queue without bound in llama.cpp.
 */
final class Admission {

    /** A held permit; closing it lets the next request in. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final String backend;
    private final Semaphore permits;
    private final int capacity;
    private final Duration timeout;

    Admission(String backend, int capacity, Duration timeout) {
        this.backend = backend;
        this.permits = new Semaphore(capacity, true);
        this.capacity = capacity;
        this.timeout = timeout;
    }

    /**
     * Waits for a permit.
     *
     * @throws BackendException {@code OVERLOADED} when none frees up within the timeout, or
     *                          {@code OTHER} when the thread is interrupted while waiting
     */
    Permit enter() {
        try {
            if (!permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new BackendException(backend, BackendException.Kind.OVERLOADED,
                        "all " + capacity + " places (running and queued) are taken and none freed up within "
                                + timeout.toMillis() + " ms", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(backend, BackendException.Kind.OTHER, "interrupted while queued", e);
        }
        return permits::release;
    }
}

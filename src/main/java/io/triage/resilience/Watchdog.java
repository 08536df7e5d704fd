package io.triage.resilience;

import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;
import io.triage.chat.ChatResult;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Watches one backend call, which runs on the caller's own (virtual) thread: the call must end
 * before the deadline, and a stream must produce its first text within the first-token timeout and
 * then never go quiet for longer than the idle timeout. A call that overruns is interrupted (which
 * aborts its HTTP exchange or stops llama.cpp between tokens) and abandoned: text it produces
 * afterwards is dropped, never passed on. Time spent passing text on to a slow client does not
 * count as the backend being idle. One shared timer thread does the watching; a call that ends in
 * time costs one scheduled task.
 */
final class Watchdog {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final String backend;
    private final long firstTokenNanos;
    private final long idleNanos;

    private static ScheduledThreadPoolExecutor timer() {
        var timer = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon().name("triage-watchdog").factory());
        // Most checks are cancelled because the call ended in time: drop them at once, not at their deadline.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    Watchdog(String backend, Duration firstTokenTimeout, Duration idleTimeout) {
        this.backend = backend;
        this.firstTokenNanos = firstTokenTimeout.toNanos();
        this.idleNanos = idleTimeout.toNanos();
    }

    /**
     * @param call       the backend call, given the consumer its text must go to (null when not streamed)
     * @param sink       where streamed text goes, or null for a call answered in one piece
     * @param deadlineAt the {@link System#nanoTime()} by which the call must have ended
     */
    ChatResult run(Function<Consumer<String>, ChatResult> call, Consumer<String> sink, long deadlineAt) {
        Watch watch = new Watch(Thread.currentThread(), System.nanoTime(), sink != null, deadlineAt);
        watch.schedule();
        try {
            ChatResult result = call.apply(sink == null ? null : text -> watch.deliver(text, sink));
            watch.finish();
            return result;
        } catch (BackendException e) {
            watch.finish();
            throw e;
        } catch (RuntimeException e) {
            watch.finish();
            throw new BackendException(backend, Kind.OTHER, String.valueOf(e.getMessage()), e);
        } finally {
            watch.release();
        }
    }

    /** One call's progress, shared between the call's thread and the timer. */
    private final class Watch {
        private final Thread caller;
        private final long startedAt;
        private final boolean streamed;
        private final long deadlineAt;
        private long lastTextAt;
        private boolean started;
        private boolean inSink;
        private boolean finished;
        private String overrun;
        private ScheduledFuture<?> check;

        Watch(Thread caller, long startedAt, boolean streamed, long deadlineAt) {
            this.caller = caller;
            this.startedAt = startedAt;
            this.streamed = streamed;
            this.deadlineAt = deadlineAt;
        }

        synchronized void schedule() {
            if (!finished) {
                check = TIMER.schedule(this::check, Math.max(0, nextCheck(System.nanoTime()) - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
            }
        }

        private void check() {
            synchronized (this) {
                if (finished || overrun != null) {
                    return;
                }
                String why = inSink ? null : overrun(System.nanoTime());
                if (why != null) {
                    overrun = why;
                    caller.interrupt();
                    return;
                }
            }
            schedule();
        }

        void deliver(String text, Consumer<String> sink) {
            synchronized (this) {
                if (overrun != null) {
                    throw new BackendException(backend, Kind.TIMEOUT, overrun, null);
                }
                inSink = true;
            }
            try {
                sink.accept(text);
            } finally {
                synchronized (this) {
                    inSink = false;
                    started = true;
                    lastTextAt = System.nanoTime();
                }
            }
        }

        /** The call returned or threw: it was in time unless the timer had already given up on it. */
        void finish() {
            String why;
            synchronized (this) {
                finished = true;
                why = overrun;
            }
            if (why != null) {
                throw new BackendException(backend, Kind.TIMEOUT, why, null);
            }
        }

        /** Stops watching and clears an interrupt the timer may have sent before the call ended. */
        void release() {
            synchronized (this) {
                finished = true;
                if (check != null) {
                    check.cancel(false);
                }
            }
            Thread.interrupted();
        }

        private long nextCheck(long now) {
            if (!streamed) {
                return deadlineAt;
            }
            long quietLimit = !started ? startedAt + firstTokenNanos : inSink ? now + idleNanos : lastTextAt + idleNanos;
            return Math.min(deadlineAt, quietLimit);
        }

        private String overrun(long now) {
            if (now - deadlineAt >= 0) {
                return "no complete answer within the deadline";
            }
            if (streamed && !started && now - (startedAt + firstTokenNanos) >= 0) {
                return "no first token within " + Duration.ofNanos(firstTokenNanos).toMillis() + " ms";
            }
            if (streamed && started && now - (lastTextAt + idleNanos) >= 0) {
                return "the stream stalled: no text for " + Duration.ofNanos(idleNanos).toMillis() + " ms";
            }
            return null;
        }
    }
}

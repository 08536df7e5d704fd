package io.triage.resilience;

import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;
import io.triage.chat.ChatResult;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one backend call on its own virtual thread and watches it: the call must end before the
 * deadline, and a stream must produce its first text within the first-token timeout and then never
 * go quiet for longer than the idle timeout. A call that overruns is interrupted (which aborts its
 * HTTP exchange) and abandoned: text it produces afterwards is dropped, never passed on. Time spent
 * passing text on to a slow client does not count as the backend being idle.
 */
final class Watchdog {

    private final String backend;
    private final long firstTokenNanos;
    private final long idleNanos;

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
        Progress progress = new Progress(System.nanoTime());
        CompletableFuture<ChatResult> result = new CompletableFuture<>();
        Thread worker = Thread.ofVirtual().name("triage-call-" + backend).start(() -> {
            try {
                result.complete(call.apply(sink == null ? null : text -> progress.deliver(text, sink)));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return await(result, progress, sink != null, deadlineAt, worker);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new BackendException(backend, Kind.TIMEOUT, "the request was cancelled", e);
        }
    }

    private ChatResult await(CompletableFuture<ChatResult> result, Progress progress, boolean streamed,
                             long deadlineAt, Thread worker) throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            try {
                return result.get(Math.max(0, progress.nextCheck(now, deadlineAt, streamed) - now), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            } catch (TimeoutException e) {
                String overrun = progress.overrun(System.nanoTime(), deadlineAt, streamed);
                if (overrun != null && progress.abandon()) {
                    worker.interrupt();
                    throw new BackendException(backend, Kind.TIMEOUT, overrun, null);
                }
            }
        }
    }

    private BackendException failure(Throwable cause) {
        if (cause instanceof BackendException known) {
            return known;
        }
        return new BackendException(backend, Kind.OTHER, String.valueOf(cause.getMessage()), cause);
    }

    /** What the call has produced so far, shared between the call's thread and the watcher. */
    private final class Progress {
        private final long startedAt;
        private long lastTextAt;
        private boolean started;
        private boolean inSink;
        private boolean abandoned;

        Progress(long startedAt) {
            this.startedAt = startedAt;
        }

        void deliver(String text, Consumer<String> sink) {
            synchronized (this) {
                if (abandoned) {
                    throw new BackendException(backend, Kind.TIMEOUT, "the call was abandoned", null);
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

        synchronized long nextCheck(long now, long deadlineAt, boolean streamed) {
            if (!streamed) {
                return deadlineAt;
            }
            long quietLimit = !started ? startedAt + firstTokenNanos : inSink ? now + idleNanos : lastTextAt + idleNanos;
            return Math.min(deadlineAt, quietLimit);
        }

        synchronized String overrun(long now, long deadlineAt, boolean streamed) {
            if (inSink) {
                return null;
            }
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

        synchronized boolean abandon() {
            if (inSink) {
                return false;
            }
            abandoned = true;
            return true;
        }
    }
}

package io.triage.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;
import io.triage.backend.ChatBackend;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One backend behind its Resilience4j guards: a rate limiter, a circuit breaker, a bulkhead and a
 * retry, plus the {@link Watchdog}'s deadlines. A call that finds the limiter, breaker or bulkhead
 * closed fails at once with a typed, retriable-elsewhere error, so the request spills to its next
 * route instead of waiting.
 */
public final class BackendGuard {

    private final ChatBackend backend;
    private final ResiliencePolicy policy;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Bulkhead bulkhead;
    private final RateLimiter limiter;
    private final Watchdog watchdog;
    private final Sleeper sleeper;

    public BackendGuard(ChatBackend backend, ResiliencePolicy policy, Clock clock, Sleeper sleeper, RetryTiming timing) {
        this.backend = backend;
        this.policy = policy;
        this.sleeper = sleeper;
        this.breaker = CircuitBreaker.of(backend.name(), breakerConfig(policy.breaker(), clock));
        this.retry = Retry.of(backend.name(), timing.config(policy.retry()));
        this.bulkhead = policy.maxConcurrent() <= 0 ? null : Bulkhead.of(backend.name(), BulkheadConfig.custom()
                .maxConcurrentCalls(policy.maxConcurrent()).maxWaitDuration(Duration.ZERO).build());
        this.limiter = policy.rateLimit().limit() <= 0 ? null : RateLimiter.of(backend.name(), RateLimiterConfig.custom()
                .limitForPeriod(policy.rateLimit().limit()).limitRefreshPeriod(policy.rateLimit().period())
                .timeoutDuration(Duration.ZERO).build());
        this.watchdog = new Watchdog(backend.name(), policy.firstTokenTimeout(), policy.idleTimeout());
    }

    public ChatBackend backend() {
        return backend;
    }

    /** The circuit breaker's state, for the models list, the dashboard and the metrics. */
    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    /**
     * Calls the backend, retrying retriable failures while nothing was passed on yet.
     *
     * @param request   the request, asking for the backend's model
     * @param sink    where streamed text goes, or null to answer in one piece
     */
    ChatResult call(ChatRequest request, StreamSink sink) {
        long deadlineAt = System.nanoTime() + policy.deadline().toNanos();
        Retry.AsyncContext<ChatResult> attempts = retry.asyncContext();
        while (true) {
            try {
                ChatResult result = once(request, sink == null ? null : sink::accept, deadlineAt);
                attempts.onComplete();
                return result;
            } catch (BackendException e) {
                long waitMillis = sink != null && sink.committed() ? -1 : attempts.onError(e);
                if (waitMillis < 0 || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis) - deadlineAt >= 0) {
                    throw e;
                }
                pause(Duration.ofMillis(waitMillis), e);
                if (sink != null) {
                    sink.discard();
                }
            }
        }
    }

    private ChatResult once(ChatRequest request, Consumer<String> sink, long deadlineAt) {
        if (limiter != null && !limiter.acquirePermission()) {
            throw new BackendException(backend.name(), Kind.THROTTLED, "RateLimiter '" + backend.name()
                    + "' does not permit further calls (" + policy.rateLimit().limit() + " per " + policy.rateLimit().period() + ")", null);
        }
        if (!breaker.tryAcquirePermission()) {
            throw new BackendException(backend.name(), Kind.CIRCUIT_OPEN, "CircuitBreaker '" + backend.name()
                    + "' is " + breaker.getState() + " and does not permit further calls", null);
        }
        if (bulkhead != null && !bulkhead.tryAcquirePermission()) {
            breaker.releasePermission();
            throw new BackendException(backend.name(), Kind.OVERLOADED, "Bulkhead '" + backend.name() + "' is full ("
                    + policy.maxConcurrent() + " concurrent calls)", null);
        }
        long start = breaker.getCurrentTimestamp();
        try {
            ChatResult result = watchdog.run(s -> s == null ? backend.chat(request) : backend.stream(request, s), sink, deadlineAt);
            breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
            return result;
        } catch (BackendException e) {
            if (countsAgainstBackend(e)) {
                breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
            } else {
                breaker.releasePermission();
            }
            throw e;
        } finally {
            if (bulkhead != null) {
                bulkhead.onComplete();
            }
        }
    }

    private void pause(Duration wait, BackendException cause) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /** Failures that say the backend is unwell; the request's own faults do not open the breaker. */
    static boolean countsAgainstBackend(BackendException e) {
        return switch (e.kind()) {
            case RATE_LIMITED, TIMEOUT, UNAVAILABLE, SERVER_ERROR, STREAM_BROKEN, OTHER -> true;
            default -> false;
        };
    }

    private static CircuitBreakerConfig breakerConfig(ResiliencePolicy.Breaker breaker, Clock clock) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRatePercent())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.window())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .waitDurationInOpenState(breaker.openFor())
                .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                .clock(clock)
                .currentTimestampFunction(c -> c.millis(), TimeUnit.MILLISECONDS)
                .recordException(e -> e instanceof BackendException b && countsAgainstBackend(b))
                .build();
    }
}

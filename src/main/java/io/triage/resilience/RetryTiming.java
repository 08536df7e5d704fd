package io.triage.resilience;

import io.github.resilience4j.retry.RetryConfig;
import io.triage.backend.BackendException;
import io.triage.chat.ChatResult;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to retry and how long to wait: retriable upstream failures only (429, 5xx, timeouts,
 * connection failures, broken streams), never a failure that a retry elsewhere handles better (an
 * open breaker, a full bulkhead, Triage's own rate limit). The wait is the provider's
 * {@code Retry-After} when it sent one and it is within the cap (a longer one is not waited for:
 * the request moves on), otherwise exponential backoff; jitter spreads both.
 */
public final class RetryTiming {

    private final DoubleSupplier random;

    /** @param random a source of numbers in [0, 1); tests pass a fixed one */
    public RetryTiming(DoubleSupplier random) {
        this.random = random;
    }

    RetryConfig config(ResiliencePolicy.Retry retry) {
        return RetryConfig.<ChatResult>custom()
                .maxAttempts(Math.max(1, retry.maxAttempts()))
                .retryOnException(e -> e instanceof BackendException b && retriesInPlace(b, retry))
                .intervalBiFunction((attempt, outcome) -> wait(attempt, outcome.getLeft(), retry).toMillis())
                .failAfterMaxAttempts(false)
                .build();
    }

    /** The wait before retry number {@code attempt} (1 for the first retry). */
    Duration wait(int attempt, Throwable failure, ResiliencePolicy.Retry retry) {
        if (failure instanceof BackendException b && b.retryAfter().isPresent()) {
            // Never earlier than the provider asked: jitter only adds.
            return scale(b.retryAfter().get(), 1 + retry.jitter() * random.getAsDouble() / 4);
        }
        return scale(backoff(attempt, retry), 1 + retry.jitter() * (random.getAsDouble() * 2 - 1));
    }

    private static Duration scale(Duration base, double factor) {
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }

    private static Duration backoff(int attempt, ResiliencePolicy.Retry retry) {
        long millis = retry.backoff().toMillis() << Math.min(20, Math.max(0, attempt - 1));
        return Duration.ofMillis(Math.min(millis, retry.maxBackoff().toMillis()));
    }

    static boolean retriesInPlace(BackendException e, ResiliencePolicy.Retry retry) {
        if (e.retryAfter().isPresent() && e.retryAfter().get().compareTo(retry.retryAfterCap()) > 0) {
            return false;
        }
        return switch (e.kind()) {
            case RATE_LIMITED, TIMEOUT, UNAVAILABLE, SERVER_ERROR, STREAM_BROKEN -> true;
            default -> false;
        };
    }
}

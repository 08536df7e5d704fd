package io.triage.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How one backend is protected, from {@code policies/resilience.yaml}.
 *
 * @param deadline          the most time one request may spend on the backend, retries included
 * @param firstTokenTimeout the most time a stream may take to produce its first piece of text
 * @param idleTimeout       the most time a started stream may go without producing text
 * @param retry             retries on the same backend
 * @param breaker           the circuit breaker
 * @param maxConcurrent     the most calls in flight at once; beyond, a request spills to its next
 *                          route at once (0: no limit)
 * @param rateLimit         the most calls per period (a limit of 0: none)
 */
public record ResiliencePolicy(Duration deadline, Duration firstTokenTimeout, Duration idleTimeout, Retry retry,
                               Breaker breaker, int maxConcurrent, RateLimit rateLimit) {

    /** The built-in defaults, used for any setting a policy file leaves out. */
    public static final ResiliencePolicy DEFAULT = new ResiliencePolicy(Duration.ofSeconds(120),
            Duration.ofSeconds(30), Duration.ofSeconds(30),
            new Retry(2, Duration.ofMillis(250), Duration.ofSeconds(4), 0.5, Duration.ofSeconds(10)),
            new Breaker(50, 20, 10, Duration.ofSeconds(30), 2), 0, new RateLimit(0, Duration.ofSeconds(1)));

    public ResiliencePolicy {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(firstTokenTimeout, "firstTokenTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(rateLimit, "rateLimit");
    }

    /**
     * Retries on the same backend, for retriable failures only.
     *
     * @param maxAttempts   attempts in all, the first included (1: no retry)
     * @param backoff       the wait before the first retry; it doubles for each next one
     * @param maxBackoff    the longest wait between attempts
     * @param jitter        the random share (0 to 1) added to or taken from each wait
     * @param retryAfterCap the longest {@code Retry-After} honoured; a provider asking for longer
     *                      is not retried, the request moves on to its next route
     */
    public record Retry(int maxAttempts, Duration backoff, Duration maxBackoff, double jitter, Duration retryAfterCap) {
    }

    /**
     * A count-based circuit breaker.
     *
     * @param failureRatePercent the failure rate that opens it
     * @param window             the number of recent calls the rate is taken over
     * @param minimumCalls       the calls needed before the rate counts
     * @param openFor            how long it stays open before letting trial calls through
     * @param halfOpenCalls      the trial calls that decide whether it closes again
     */
    public record Breaker(int failureRatePercent, int window, int minimumCalls, Duration openFor, int halfOpenCalls) {
    }

    /**
     * A rate limit.
     *
     * @param limit  calls allowed per period (0: no limit)
     * @param period the period
     */
    public record RateLimit(int limit, Duration period) {
    }
}

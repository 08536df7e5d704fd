package io.triage.resilience;

import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryTimingTest {

    private static final ResiliencePolicy.Retry RETRY = new ResiliencePolicy.Retry(4, Duration.ofMillis(200),
            Duration.ofSeconds(1), 0.5, Duration.ofSeconds(10));

    @Test
    void backoff_doublesPerRetry_upToItsCap_spreadByJitterBothWays() {
        RetryTiming low = new RetryTiming(() -> 0.0);
        RetryTiming high = new RetryTiming(() -> 0.999);
        BackendException failure = failure(Kind.SERVER_ERROR, null);
        assertThat(low.wait(1, failure, RETRY)).isEqualTo(Duration.ofMillis(100));
        assertThat(high.wait(1, failure, RETRY)).isBetween(Duration.ofMillis(299), Duration.ofMillis(300));
        assertThat(new RetryTiming(() -> 0.5).wait(2, failure, RETRY)).isEqualTo(Duration.ofMillis(400));
        assertThat(new RetryTiming(() -> 0.5).wait(6, failure, RETRY)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retryAfter_isHonoured_andJitterOnlyLengthensIt() {
        BackendException limited = failure(Kind.RATE_LIMITED, Duration.ofSeconds(2));
        assertThat(new RetryTiming(() -> 0.0).wait(1, limited, RETRY)).isEqualTo(Duration.ofSeconds(2));
        assertThat(new RetryTiming(() -> 0.999).wait(1, limited, RETRY)).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2250));
    }

    @Test
    void onlyUpstreamTroubleIsRetriedInPlace_andNotARetryAfterBeyondTheCap() {
        assertThat(RetryTiming.retriesInPlace(failure(Kind.RATE_LIMITED, Duration.ofSeconds(3)), RETRY)).isTrue();
        assertThat(RetryTiming.retriesInPlace(failure(Kind.RATE_LIMITED, Duration.ofSeconds(30)), RETRY)).isFalse();
        assertThat(RetryTiming.retriesInPlace(failure(Kind.TIMEOUT, null), RETRY)).isTrue();
        assertThat(RetryTiming.retriesInPlace(failure(Kind.STREAM_BROKEN, null), RETRY)).isTrue();
        for (Kind elsewhere : new Kind[]{Kind.OVERLOADED, Kind.CIRCUIT_OPEN, Kind.THROTTLED, Kind.INVALID_REQUEST,
                Kind.CONTENT_FILTER, Kind.CONTEXT_LENGTH_EXCEEDED, Kind.AUTHENTICATION}) {
            assertThat(RetryTiming.retriesInPlace(failure(elsewhere, null), RETRY)).as(elsewhere.name()).isFalse();
        }
    }

    private static BackendException failure(Kind kind, Duration retryAfter) {
        return new BackendException("remote", kind, "test", null, 0, retryAfter);
    }
}

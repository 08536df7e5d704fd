package io.triage.testing;

import io.quarkus.test.Mock;
import io.triage.config.TimeSource;
import io.triage.resilience.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's time in tests: the system clock moved forward by hand, and retries that record
 * their wait and move the clock instead of sleeping.
 */
@Mock
public class ManualTime extends TimeSource {

    private static final AtomicLong OFFSET_MILLIS = new AtomicLong();
    private static final List<Duration> WAITS = new CopyOnWriteArrayList<>();

    private static final Clock CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plusMillis(OFFSET_MILLIS.get());
        }
    };

    /** Moves the gateway's clock forward. */
    public static void advance(Duration duration) {
        OFFSET_MILLIS.addAndGet(duration.toMillis());
    }

    /** The waits retries asked for since the last {@link #clearWaits()}. */
    public static List<Duration> waits() {
        return List.copyOf(WAITS);
    }

    public static void clearWaits() {
        WAITS.clear();
    }

    @Override
    public Clock clock() {
        return CLOCK;
    }

    @Override
    public Sleeper sleeper() {
        return duration -> {
            WAITS.add(duration);
            advance(duration);
        };
    }
}

package io.triage.redis;

import io.triage.accounting.Tenant;
import io.triage.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenant rate limits counted in a real redis-server, with the time moved by hand. */
class RedisRateCounterTest extends RedisTestSupport {


    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    @Test
    void limitOfTwoPerHour_refusesTheThird_untilTheNextWindow() {
        Tenant tenant = limited("umbrella-1", 2, Duration.ofHours(1));
        RedisRateCounter counter = new RedisRateCounter(connection, clock);
        assertThat(counter.tryAcquire(tenant)).isTrue();
        assertThat(counter.tryAcquire(tenant)).isTrue();
        assertThat(counter.tryAcquire(tenant)).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(counter.tryAcquire(tenant)).isTrue();
    }

    @Test
    void twoInstances_shareOneLimit() {
        Tenant tenant = limited("umbrella-2", 2, Duration.ofHours(1));
        RedisConnection other = RedisConnection.create(vertx, server.url(), Duration.ofSeconds(5));
        try {
            RedisRateCounter a = new RedisRateCounter(connection, clock);
            RedisRateCounter b = new RedisRateCounter(other, clock);
            assertThat(a.tryAcquire(tenant)).isTrue();
            assertThat(b.tryAcquire(tenant)).isTrue();
            assertThat(a.tryAcquire(tenant)).isFalse();
            assertThat(b.tryAcquire(tenant)).isFalse();
        } finally {
            other.close();
        }
    }

    @Test
    void windowCounter_expiresWithItsPeriod() {
        Tenant tenant = limited("umbrella-3", 5, Duration.ofMinutes(1));
        new RedisRateCounter(connection, clock).tryAcquire(tenant);
        String key = RedisRateCounter.PREFIX + "umbrella-3:" + clock.millis() / Duration.ofMinutes(1).toMillis();
        assertThat(server.command("GET", key)).isEqualTo("1");
        assertThat(Long.parseLong(server.command("PTTL", key))).isPositive().isLessThanOrEqualTo(60_000);
    }

    @Test
    void tenantWithoutLimit_isAlwaysAdmitted_andNothingIsCounted() {
        Tenant open = new Tenant("initech-free", Set.of(), Set.of(), null, null);
        RedisRateCounter counter = new RedisRateCounter(connection, clock);
        for (int i = 0; i < 10; i++) {
            assertThat(counter.tryAcquire(open)).isTrue();
        }
        assertThat(server.command("KEYS", RedisRateCounter.PREFIX + "initech-free:*")).isEmpty();
    }

    private static Tenant limited(String id, int requests, Duration per) {
        return new Tenant(id, Set.of(), Set.of(), null, new Tenant.RateLimit(requests, per));
    }
}

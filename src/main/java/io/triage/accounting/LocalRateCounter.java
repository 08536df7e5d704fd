package io.triage.accounting;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Tenant rate limits counted in this instance's memory, one Resilience4j rate limiter per limited tenant. */
public final class LocalRateCounter implements RateCounter {

    private final Map<String, RateLimiter> limiters = new HashMap<>();

    public LocalRateCounter(Collection<Tenant> tenants) {
        tenants.stream().filter(t -> t.rateLimit() != null).forEach(t -> limiters.put(t.id(),
                RateLimiter.of("tenant-" + t.id(), RateLimiterConfig.custom().limitForPeriod(t.rateLimit().requests())
                        .limitRefreshPeriod(t.rateLimit().per()).timeoutDuration(Duration.ZERO).build())));
    }

    @Override
    public boolean tryAcquire(Tenant tenant) {
        RateLimiter limiter = limiters.get(tenant.id());
        return limiter == null || limiter.acquirePermission();
    }
}

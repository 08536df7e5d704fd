package io.triage.redis;

import io.triage.accounting.RateCounter;
import io.triage.accounting.Tenant;
import io.vertx.redis.client.Command;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Tenant rate limits counted in Redis across every instance, in fixed windows: the window is the
 * current time divided by the limit's period, one counter per tenant and window, incremented and
 * given its expiry in one atomic script. A Redis that fails lets the request through (and says so
 * in the log): a rate limit is not worth an outage.
 */
public final class RedisRateCounter implements RateCounter {

    static final String PREFIX = "triage:rate:";
    private static final Logger LOG = Logger.getLogger(RedisRateCounter.class);
    /** INCR, and on the window's first request PEXPIRE: one round trip, atomic in Redis. */
    private static final String COUNT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n""";

    private final RedisConnection redis;
    private final Clock clock;

    public RedisRateCounter(RedisConnection redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(Tenant tenant) {
        Tenant.RateLimit limit = tenant.rateLimit();
        if (limit == null) {
            return true;
        }
        long period = Math.max(1, limit.per().toMillis());
        String key = PREFIX + tenant.id() + ":" + clock.millis() / period;
        try {
            long count = redis.send(Command.EVAL, COUNT, 1, key, period).toLong();
            return count <= limit.requests();
        } catch (RuntimeException e) {
            LOG.warnf("Rate limit of tenant '%s' not checked, request let through: %s", tenant.id(), e.getMessage());
            return true;
        }
    }
}

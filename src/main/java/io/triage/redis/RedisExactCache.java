package io.triage.redis;

import io.triage.cache.CachedAnswer;
import io.triage.cache.ExactCache;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * The exact cache shared by every instance: one Redis string per key, the answer as JSON, set
 * with an expiry of the policy's time to live. Redis bounds the memory (its {@code maxmemory}
 * policy), not an entry count. A Redis that fails or times out is a miss, and an answer that
 * cannot be stored is not cached: the cache never fails a request.
 */
public final class RedisExactCache implements ExactCache {

    static final String PREFIX = "triage:cache:";
    private static final Logger LOG = Logger.getLogger(RedisExactCache.class);

    private final RedisConnection redis;
    private final long ttlSeconds;

    public RedisExactCache(RedisConnection redis, Duration ttl) {
        this.redis = redis;
        this.ttlSeconds = Math.max(1, ttl.toSeconds());
    }

    @Override
    public Optional<CachedAnswer> get(String key) {
        try {
            Response value = redis.send(Command.GET, PREFIX + key);
            return value == null ? Optional.empty() : Optional.of(CachedAnswerJson.read(value.toString()));
        } catch (RuntimeException e) {
            LOG.warnf("Exact cache lookup treated as a miss: %s", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, CachedAnswer answer) {
        try {
            redis.send(Command.SET, PREFIX + key, CachedAnswerJson.write(answer), "EX", ttlSeconds);
        } catch (RuntimeException e) {
            LOG.warnf("Answer not cached: %s", e.getMessage());
        }
    }
}

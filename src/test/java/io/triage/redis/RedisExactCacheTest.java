package io.triage.redis;

import io.triage.cache.CachedAnswer;
import io.triage.chat.ChatResult;
import io.triage.chat.FinishReason;
import io.triage.chat.ToolCall;
import io.triage.chat.Usage;
import io.triage.testing.Ports;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The shared exact cache against a real redis-server. */
class RedisExactCacheTest extends RedisTestSupport {

    private static final Duration TTL = Duration.ofMinutes(10);

    @Test
    void storedAnswer_comesBackWhole_withToolCallsUsageLogprobAndTime() {
        CachedAnswer answer = new CachedAnswer(new ChatResult("large-remote", "Let me look that up.",
                List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":\"C\"}")),
                FinishReason.TOOL_CALLS, new Usage(21, 4, 8), -0.25), "remote", "remote", Instant.parse("2026-11-22T01:02:03.456Z"));
        RedisExactCache cache = new RedisExactCache(connection, TTL);
        cache.put("k-whole", answer);
        assertThat(cache.get("k-whole")).contains(answer);
    }

    @Test
    void entry_expiresAfterThePolicyTtl_setByRedis() {
        new RedisExactCache(connection, TTL).put("k-ttl", answer("text"));
        long ttl = Long.parseLong(server.command("TTL", RedisExactCache.PREFIX + "k-ttl"));
        assertThat(ttl).isPositive().isLessThanOrEqualTo(TTL.toSeconds());
    }

    @Test
    void entryWrittenByOneInstance_isAHitForAnother() {
        RedisConnection other = RedisConnection.create(vertx, server.url(), Duration.ofSeconds(5));
        try {
            new RedisExactCache(connection, TTL).put("k-shared", answer("shared"));
            assertThat(new RedisExactCache(other, TTL).get("k-shared")).map(a -> a.result().content()).contains("shared");
        } finally {
            other.close();
        }
    }

    @Test
    void unknownKey_isAMiss() {
        assertThat(new RedisExactCache(connection, TTL).get("k-never-stored")).isEmpty();
    }

    @Test
    void redisUnreachable_isAMiss_andStoringFailsQuietly() throws Exception {
        int closedPort = Ports.free();
        RedisConnection nowhere = RedisConnection.create(vertx, "redis://127.0.0.1:" + closedPort, Duration.ofSeconds(5));
        try {
            RedisExactCache cache = new RedisExactCache(nowhere, TTL);
            assertThatCode(() -> cache.put("k", answer("lost"))).doesNotThrowAnyException();
            assertThat(cache.get("k")).isEmpty();
        } finally {
            nowhere.close();
        }
    }

    private static CachedAnswer answer(String text) {
        return new CachedAnswer(new ChatResult("small-local", text, List.of(), FinishReason.STOP, new Usage(3, 2)),
                "local", "local", Instant.parse("2026-11-22T00:00:00Z"));
    }
}

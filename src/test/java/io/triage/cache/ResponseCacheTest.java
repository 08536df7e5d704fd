package io.triage.cache;

import io.triage.cache.CachePolicy.ExactMode;
import io.triage.cache.CachePolicy.RouteCaching;
import io.triage.cache.ResponseCache.CacheStatus;
import io.triage.cache.ResponseCache.Lookup;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.FinishReason;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.Sampling;
import io.triage.chat.Usage;
import io.triage.classify.embed.EmbeddingModelChoice;
import io.triage.classify.embed.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import io.triage.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The caches' keys, scopes and what they refuse to keep, with the real embedding model. */
class ResponseCacheTest {

    private static final Sampling GREEDY = new Sampling(0.0, null, null, List.of(), null, null, null);
    private static final Sampling WARM = new Sampling(0.7, null, null, List.of(), null, null, null);
    private static OnnxEmbedder embedder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
    private final CachePolicy policy = new CachePolicy(100, Duration.ofMinutes(10), 8, Duration.ofMinutes(10),
            Map.of("semantic", new RouteCaching(ExactMode.ALWAYS, 0.93, false),
                    "always", new RouteCaching(ExactMode.ALWAYS, null, false),
                    "truncating", new RouteCaching(ExactMode.ALWAYS, null, true)),
            new RouteCaching(ExactMode.DETERMINISTIC, null, false));
    private final ResponseCache cache = new ResponseCache(policy, ResponseCache.inMemory(policy, clock), embedder, clock);

    @BeforeAll
    static void load() {
        embedder = new OnnxEmbedder(EmbeddingModelChoice.ALL_MINILM_L6_V2_Q, 1);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void deterministicRequest_isAHitForTheSameTenant_andAMissForAnother() {
        ChatRequest request = ask(GREEDY, "What is the capital of France?");
        keep(cache.lookup("acme", "local", "small", request), answer(FinishReason.STOP));
        assertThat(cache.lookup("acme", "local", "small", request).status()).isEqualTo(CacheStatus.HIT);
        assertThat(cache.lookup("globex", "local", "small", request).status()).isEqualTo(CacheStatus.MISS);
    }

    @Test
    void sameRequest_onAnotherRouteOrModel_isAMiss() {
        ChatRequest request = ask(GREEDY, "What is the capital of France?");
        keep(cache.lookup("acme", "local", "small", request), answer(FinishReason.STOP));
        assertThat(cache.lookup("acme", "remote", "small", request).status()).isEqualTo(CacheStatus.MISS);
        assertThat(cache.lookup("acme", "local", "other", request).status()).isEqualTo(CacheStatus.MISS);
    }

    @Test
    void streamingOrUsageFlags_doNotChangeTheKey_butSamplingDoes() {
        ChatRequest request = ask(GREEDY, "Name three rivers.");
        keep(cache.lookup("acme", "always", "m", request), answer(FinishReason.STOP));
        ChatRequest streamed = new ChatRequest("auto", request.messages(), GREEDY, null, null, null, null, true, true, "u1", Map.of("k", "v"));
        assertThat(cache.lookup("acme", "always", "m", streamed).status()).isEqualTo(CacheStatus.HIT);
        assertThat(cache.lookup("acme", "always", "m", ask(WARM, "Name three rivers.")).status()).isEqualTo(CacheStatus.MISS);
    }

    @Test
    void nonDeterministicRequest_isNotCached_whenTheRouteCachesDeterministicOnly() {
        ChatRequest request = ask(WARM, "Write a haiku about rain.");
        Lookup lookup = cache.lookup("acme", "local", "small", request);
        assertThat(lookup.exactKey()).isNull();
        keep(lookup, answer(FinishReason.STOP));
        assertThat(cache.lookup("acme", "local", "small", request).status()).isEqualTo(CacheStatus.MISS);
    }

    @Test
    void truncatedContentFilteredOrStitchedAnswers_areNeverKept_unlessTheRouteAllowsTruncated() {
        ChatRequest request = ask(GREEDY, "Explain photosynthesis.");
        keep(cache.lookup("acme", "always", "m", request), answer(FinishReason.LENGTH));
        keep(cache.lookup("acme", "always", "m", request), answer(FinishReason.CONTENT_FILTER));
        cache.store(cache.lookup("acme", "always", "m", request), answer(FinishReason.STOP), "always", "b", true);
        assertThat(cache.lookup("acme", "always", "m", request).status()).isEqualTo(CacheStatus.MISS);

        keep(cache.lookup("acme", "truncating", "m", request), answer(FinishReason.LENGTH));
        assertThat(cache.lookup("acme", "truncating", "m", request).status()).isEqualTo(CacheStatus.HIT);
    }

    @Test
    void exactEntries_expireAfterTheirTimeToLive() {
        ChatRequest request = ask(GREEDY, "What is the capital of Peru?");
        keep(cache.lookup("acme", "local", "small", request), answer(FinishReason.STOP));
        clock.advance(Duration.ofMinutes(11));
        assertThat(cache.lookup("acme", "local", "small", request).status()).isEqualTo(CacheStatus.MISS);
    }

    @Test
    void semantic_findsAParaphrase_inTheSameScope() {
        keep(cache.lookup("acme", "semantic", "m", ask(WARM, "What is the capital of France?")), answer(FinishReason.STOP));
        Lookup near = cache.lookup("acme", "semantic", "m", ask(WARM, "What's the capital city of France?"));
        assertThat(near.status()).isEqualTo(CacheStatus.SEMANTIC);
        assertThat(near.answer()).get().extracting(a -> a.result().content()).isEqualTo("Paris.");
        assertThat(cache.lookup("acme", "semantic", "m", ask(WARM, "What is the capital of Germany?")).status())
                .isEqualTo(CacheStatus.MISS);
    }

    @Test
    void semantic_isAMiss_forAnotherTenant_anotherSystemPrompt_otherNumbers_orAnUnrelatedQuestion() {
        keep(cache.lookup("acme", "semantic", "m", ask(WARM, "What is 12 times 7?")), answer(FinishReason.STOP));
        assertThat(cache.lookup("globex", "semantic", "m", ask(WARM, "What is 12 times 7?")).status()).isEqualTo(CacheStatus.MISS);
        assertThat(cache.lookup("acme", "semantic", "m", ask(WARM, "What is 12 times 8?")).status()).isEqualTo(CacheStatus.MISS);
        assertThat(cache.lookup("acme", "semantic", "m", ask(WARM, "Who painted the Mona Lisa?")).status()).isEqualTo(CacheStatus.MISS);
        ChatRequest pirate = new ChatRequest("auto", List.of(Message.of(Role.SYSTEM, "Answer like a pirate."),
                Message.of(Role.USER, "What is 12 times 7?")), WARM, null, null, null, null, false, false, null, null);
        assertThat(cache.lookup("acme", "semantic", "m", pirate).status()).isEqualTo(CacheStatus.MISS);
    }

    private void keep(Lookup lookup, ChatResult result) {
        cache.store(lookup, result, "route", "backend", false);
    }

    private static ChatRequest ask(Sampling sampling, String text) {
        return new ChatRequest("auto", List.of(Message.of(Role.USER, text)), sampling, null, null, null, null, false,
                false, null, null);
    }

    private static ChatResult answer(FinishReason reason) {
        return new ChatResult("small", "Paris.", List.of(), reason, new Usage(10, 2));
    }
}

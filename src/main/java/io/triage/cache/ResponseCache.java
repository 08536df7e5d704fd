package io.triage.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.Role;
import io.triage.classify.embed.TextEmbedder;

import java.time.Clock;
import java.util.Optional;

/**
 * The gateway's answer caches: looked up after routing (the key includes the route, so a request
 * never gets an answer meant for another route), written after a complete, successful answer.
 * Errors, failed or stitched streams, content-filtered answers and (unless the route allows it)
 * answers cut at {@code max_tokens} are never kept; every key includes the tenant.
 */
public final class ResponseCache {

    /** The longest last message the semantic cache embeds, in characters. */
    private static final int SEMANTIC_MAX_CHARS = 2_000;

    private final CachePolicy policy;
    private final ExactCache exact;
    private final SemanticCache semantic;
    private final TextEmbedder embedder;
    private final Clock clock;

    /**
     * @param embedder the classifier's embedder, or null when there is none (no semantic cache then)
     */
    public ResponseCache(CachePolicy policy, ExactCache exact, TextEmbedder embedder, Clock clock) {
        this.policy = policy;
        this.exact = exact;
        this.embedder = embedder;
        this.clock = clock;
        this.semantic = new SemanticCache(policy.semanticEntries(), policy.semanticTtl(), clock, ticker(clock));
    }

    /** The in-memory exact cache the policy sizes. */
    public static ExactCache inMemory(CachePolicy policy, Clock clock) {
        return new CaffeineExactCache(policy.exactEntries(), policy.exactTtl(), ticker(clock));
    }

    /** Looks a routed request up in the caches its route uses. */
    public Lookup lookup(String tenant, String route, String model, ChatRequest request) {
        CachePolicy.RouteCaching caching = policy.forRoute(route);
        String key = usesExact(caching, request) ? RequestDigest.exact(tenant, route, model, request) : null;
        if (key != null) {
            Optional<CachedAnswer> hit = exact.get(key);
            if (hit.isPresent()) {
                return new Lookup(CacheStatus.HIT, hit, caching, key, null, null, null);
            }
        }
        if (caching.semanticThreshold() == null || embedder == null || !endsWithUserText(request)) {
            return new Lookup(CacheStatus.MISS, Optional.empty(), caching, key, null, null, null);
        }
        String scope = RequestDigest.context(tenant, route, model, request);
        String text = request.messages().get(request.messages().size() - 1).text();
        float[] vector = embedder.embed(text.length() > SEMANTIC_MAX_CHARS ? text.substring(0, SEMANTIC_MAX_CHARS) : text);
        Optional<CachedAnswer> near = semantic.nearest(scope, text, vector, caching.semanticThreshold());
        return new Lookup(near.isPresent() ? CacheStatus.SEMANTIC : CacheStatus.MISS, near, caching, key, scope, text, vector);
    }

    /**
     * Keeps an answer when its lookup allows it and the answer is complete and clean.
     *
     * @param stitched true when the answer was continued by another model after a broken stream
     */
    public void store(Lookup lookup, ChatResult result, String route, String backend, boolean stitched) {
        if (lookup.status() != CacheStatus.MISS || stitched || !keepable(result, lookup.caching())) {
            return;
        }
        CachedAnswer answer = new CachedAnswer(result, route, backend, clock.instant());
        if (lookup.exactKey() != null) {
            exact.put(lookup.exactKey(), answer);
        }
        if (lookup.scope() != null) {
            semantic.put(lookup.scope(), lookup.text(), lookup.vector(), answer);
        }
    }

    private static boolean usesExact(CachePolicy.RouteCaching caching, ChatRequest request) {
        return switch (caching.exact()) {
            case OFF -> false;
            case DETERMINISTIC -> request.sampling().deterministic();
            case ALWAYS -> true;
        };
    }

    private static boolean keepable(ChatResult result, CachePolicy.RouteCaching caching) {
        return switch (result.finishReason()) {
            case STOP, TOOL_CALLS -> !result.content().isEmpty() || !result.toolCalls().isEmpty();
            case LENGTH -> caching.cacheTruncated();
            case CONTENT_FILTER -> false;
        };
    }

    private static boolean endsWithUserText(ChatRequest request) {
        var last = request.messages().get(request.messages().size() - 1);
        return last.role() == Role.USER && !last.text().isBlank();
    }

    private static Ticker ticker(Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }

    /** Where a request stands with the caches. */
    public enum CacheStatus {
        HIT, SEMANTIC, MISS;

        /** The {@code x-triage-cache} header's value. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The result of a lookup, and what {@link #store} needs afterwards.
     *
     * @param status   hit, semantic or miss
     * @param answer   the cached answer on a hit
     * @param caching  the route's caching policy
     * @param exactKey the exact key, or null when the exact cache is not used for this request
     * @param scope    the semantic scope, or null when the semantic cache is not used
     * @param text     the embedded text, for the semantic cache
     * @param vector   its embedding
     */
    public record Lookup(CacheStatus status, Optional<CachedAnswer> answer, CachePolicy.RouteCaching caching,
                         String exactKey, String scope, String text, float[] vector) {
    }
}

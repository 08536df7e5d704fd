package io.triage.cache;

import java.time.Duration;
import java.util.Map;

/**
 * The caches' sizes and what each route caches, from {@code policies/cache.yaml}.
 *
 * @param exactEntries    the most answers the exact cache holds
 * @param exactTtl        how long an exact-cache answer is reused
 * @param semanticEntries the most answers the semantic cache holds per tenant, route and context
 * @param semanticTtl     how long a semantic-cache answer is reused
 * @param routes          what each route caches; routes not listed use {@code defaultRoute}
 * @param defaultRoute    what routes not listed cache
 */
public record CachePolicy(int exactEntries, Duration exactTtl, int semanticEntries, Duration semanticTtl,
                          Map<String, RouteCaching> routes, RouteCaching defaultRoute) {

    /** No policy file: deterministic requests are cached exactly, nothing semantically. */
    public static final CachePolicy DEFAULT = new CachePolicy(10_000, Duration.ofHours(1), 256, Duration.ofHours(1),
            Map.of(), new RouteCaching(ExactMode.DETERMINISTIC, null, false));

    public CachePolicy {
        routes = Map.copyOf(routes);
    }

    public RouteCaching forRoute(String route) {
        return routes.getOrDefault(route, defaultRoute);
    }

    /** When the exact cache is used. */
    public enum ExactMode {
        /** Never. */
        OFF,
        /** For requests that ask for a reproducible answer: temperature 0 or a seed. */
        DETERMINISTIC,
        /** For every request. */
        ALWAYS
    }

    /**
     * What one route caches.
     *
     * @param exact             when the exact cache is used
     * @param semanticThreshold the cosine similarity from which an earlier question counts as the
     *                          same, or null: no semantic cache on this route
     * @param cacheTruncated    whether answers cut at {@code max_tokens} are cached too
     */
    public record RouteCaching(ExactMode exact, Double semanticThreshold, boolean cacheTruncated) {
    }
}

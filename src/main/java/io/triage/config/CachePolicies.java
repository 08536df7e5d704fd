package io.triage.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.cache.CachePolicy;
import io.triage.cache.CachePolicy.ExactMode;
import io.triage.cache.CachePolicy.RouteCaching;
import io.triage.route.YamlFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code policies/cache.yaml}: the sizes of the exact and semantic caches, and per route
 * (or {@code default}) when the exact cache is used and the semantic cache's threshold.
 */
final class CachePolicies {

    static final String FILE = "cache.yaml";

    private CachePolicies() {
    }

    static CachePolicy load(Path policyDir, Set<String> routes) {
        Path file = policyDir.resolve(FILE);
        if (!Files.exists(file)) {
            return CachePolicy.DEFAULT;
        }
        JsonNode root = YamlFiles.read(file);
        YamlFiles.version(root, file, 1);
        new PolicyNode(file, "", root).allow(Set.of("version", "exact", "semantic", "routes"));
        PolicyNode exact = new PolicyNode(file, "exact", root.get("exact")).allow(Set.of("max_entries", "ttl"));
        PolicyNode semantic = new PolicyNode(file, "semantic", root.get("semantic")).allow(Set.of("max_entries_per_scope", "ttl"));
        CachePolicy base = CachePolicy.DEFAULT;
        Set<String> allowed = new java.util.HashSet<>(routes);
        allowed.add("default");
        PolicyNode perRoute = new PolicyNode(file, "routes", root.get("routes")).allow(allowed);
        RouteCaching fallback = caching(perRoute.child("default"), base.defaultRoute());
        Map<String, RouteCaching> caching = new HashMap<>();
        for (String route : perRoute.keys()) {
            if (!route.equals("default")) {
                caching.put(route, caching(perRoute.child(route), fallback));
            }
        }
        return new CachePolicy(exact.integer("max_entries", base.exactEntries(), 0), exact.duration("ttl", base.exactTtl()),
                semantic.integer("max_entries_per_scope", base.semanticEntries(), 1), semantic.duration("ttl", base.semanticTtl()),
                caching, fallback);
    }

    private static RouteCaching caching(PolicyNode node, RouteCaching base) {
        node.allow(Set.of("exact", "semantic_threshold", "cache_truncated"));
        if (node.isFalse("exact")) {
            // YAML 1.1 reads an unquoted off as false.
            return new RouteCaching(ExactMode.OFF, node.has("semantic_threshold")
                    ? Double.valueOf(node.decimal("semantic_threshold", 0, 0.5, 1.0)) : base.semanticThreshold(),
                    node.bool("cache_truncated", base.cacheTruncated()));
        }
        String exact = node.text("exact", base.exact().name().toLowerCase(Locale.ROOT), Set.of("off", "deterministic", "always"));
        Double threshold = node.has("semantic_threshold") ? Double.valueOf(node.decimal("semantic_threshold", 0, 0.5, 1.0))
                : base.semanticThreshold();
        return new RouteCaching(ExactMode.valueOf(exact.toUpperCase(Locale.ROOT)), threshold,
                node.bool("cache_truncated", base.cacheTruncated()));
    }
}

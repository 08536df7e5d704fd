package io.triage.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.resilience.ResiliencePolicy;
import io.triage.route.YamlFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code policies/resilience.yaml}: {@code defaults} for every backend, and {@code backends}
 * overriding them per backend name. A missing file means the built-in defaults.
 */
final class ResiliencePolicies {

    static final String FILE = "resilience.yaml";

    private static final Set<String> KEYS = Set.of("deadline", "first_token_timeout", "idle_timeout", "retry",
            "circuit_breaker", "max_concurrent", "rate_limit");

    private ResiliencePolicies() {
    }

    /** The policy of each of {@code backends}. */
    static Map<String, ResiliencePolicy> load(Path policyDir, Set<String> backends) {
        Path file = policyDir.resolve(FILE);
        Map<String, ResiliencePolicy> policies = new HashMap<>();
        if (!Files.exists(file)) {
            backends.forEach(name -> policies.put(name, ResiliencePolicy.DEFAULT));
            return policies;
        }
        JsonNode root = YamlFiles.read(file);
        YamlFiles.version(root, file, 1);
        new PolicyNode(file, "", root).allow(Set.of("version", "defaults", "backends"));
        ResiliencePolicy defaults = read(new PolicyNode(file, "defaults", root.get("defaults")), ResiliencePolicy.DEFAULT);
        PolicyNode perBackend = new PolicyNode(file, "backends", root.get("backends")).allow(backends);
        backends.forEach(name -> policies.put(name, read(perBackend.child(name), defaults)));
        return policies;
    }

    private static ResiliencePolicy read(PolicyNode node, ResiliencePolicy base) {
        node.allow(KEYS);
        return new ResiliencePolicy(
                node.duration("deadline", base.deadline()),
                node.duration("first_token_timeout", base.firstTokenTimeout()),
                node.duration("idle_timeout", base.idleTimeout()),
                retry(node.child("retry"), base.retry()),
                breaker(node.child("circuit_breaker"), base.breaker()),
                node.integer("max_concurrent", base.maxConcurrent(), 0),
                rateLimit(node.child("rate_limit"), base.rateLimit()));
    }

    private static ResiliencePolicy.Retry retry(PolicyNode node, ResiliencePolicy.Retry base) {
        node.allow(Set.of("max_attempts", "backoff", "max_backoff", "jitter", "retry_after_cap"));
        return new ResiliencePolicy.Retry(node.integer("max_attempts", base.maxAttempts(), 1),
                node.duration("backoff", base.backoff()), node.duration("max_backoff", base.maxBackoff()),
                node.decimal("jitter", base.jitter(), 0, 1), node.duration("retry_after_cap", base.retryAfterCap()));
    }

    private static ResiliencePolicy.Breaker breaker(PolicyNode node, ResiliencePolicy.Breaker base) {
        node.allow(Set.of("failure_rate", "window", "minimum_calls", "open_for", "half_open_calls"));
        return new ResiliencePolicy.Breaker((int) node.decimal("failure_rate", base.failureRatePercent(), 1, 100),
                node.integer("window", base.window(), 1), node.integer("minimum_calls", base.minimumCalls(), 1),
                node.duration("open_for", base.openFor()), node.integer("half_open_calls", base.halfOpenCalls(), 1));
    }

    private static ResiliencePolicy.RateLimit rateLimit(PolicyNode node, ResiliencePolicy.RateLimit base) {
        node.allow(Set.of("requests", "per"));
        return new ResiliencePolicy.RateLimit(node.integer("requests", base.limit(), 0), node.duration("per", base.period()));
    }
}

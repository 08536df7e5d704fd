package io.triage.api;

import io.triage.resilience.Target;
import io.triage.route.Decision;
import io.triage.cache.CachedAnswer;
import io.vertx.core.MultiMap;

/** The {@code x-triage-*} response headers that say how a request was routed. */
final class DecisionHeaders {

    static final String TIER = "x-triage-tier";
    static final String TASK = "x-triage-task";
    static final String ROUTE = "x-triage-route";
    static final String BACKEND = "x-triage-backend";
    static final String RULE = "x-triage-rule";
    static final String FALLBACK_FROM = "x-triage-fallback-from";
    static final String CLASSIFIER_MS = "x-triage-classifier-ms";
    static final String CONFIDENCE = "x-triage-confidence";
    static final String COMPLEXITY = "x-triage-complexity";
    static final String PII = "x-triage-pii";
    static final String CACHE = "x-triage-cache";

    private DecisionHeaders() {
    }

    /** Headers for the decision as made, before any backend answered. */
    static void decided(MultiMap headers, Decision decision) {
        headers.set(TASK, decision.taskName());
        headers.set(RULE, decision.rule());
        headers.set(TIER, decision.tier().wireName());
        headers.set(ROUTE, decision.route().name());
        headers.set(BACKEND, decision.backend());
        decision.classification().ifPresent(c -> {
            headers.set(CLASSIFIER_MS, String.format(java.util.Locale.ROOT, "%.3f", decision.classifierMillis()));
            headers.set(CONFIDENCE, String.format(java.util.Locale.ROOT, "%.3f", c.confidence()));
            headers.set(COMPLEXITY, String.format(java.util.Locale.ROOT, "%.3f", c.complexity()));
            headers.set(PII, decision.pii().isEmpty() ? "none" : String.join(",", decision.pii()));
        });
    }

    /** Headers naming where a cached answer came from. */
    static void cached(MultiMap headers, CachedAnswer cached) {
        headers.set(ROUTE, cached.route());
        headers.set(BACKEND, cached.backend());
    }

    /** Headers naming the target that actually answered, which differs from the decision after a fall-over. */
    static void answered(MultiMap headers, Decision decision, Target target) {
        headers.set(TIER, target.backend().tier().wireName());
        headers.set(ROUTE, target.route().name());
        headers.set(BACKEND, target.backend().name());
        if (!target.route().name().equals(decision.route().name())) {
            headers.set(FALLBACK_FROM, decision.route().name());
        }
    }
}

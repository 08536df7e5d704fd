package io.triage.route;

import io.triage.backend.Tier;
import io.triage.classify.Classification;

import java.util.List;
import java.util.Optional;

/**
 * Where a request goes and why.
 *
 * @param route           the route chosen
 * @param backend         the backend of that route
 * @param model           the model asked of that backend
 * @param tier            local or remote
 * @param rule            the id of the rule that matched: a rule id, {@code default}, or
 *                        {@code explicit-model} / {@code requested-route} when the caller chose
 * @param classification  the classifier's verdict, empty when the request was not classified
 * @param tokens          the estimated size of the request in tokens
 * @param classifierNanos time spent classifying
 * @param pii             the kinds of personal data or secrets found in the request (wire names)
 * @param reasons         human-readable reasons, in order
 * @param chain           the route and its fallbacks, in the order they are tried
 */
public record Decision(Route route, String backend, String model, Tier tier, String rule,
                       Optional<Classification> classification, int tokens, long classifierNanos,
                       List<String> pii, List<String> reasons, List<Route> chain) {

    public Decision {
        pii = List.copyOf(pii);
        reasons = List.copyOf(reasons);
        chain = List.copyOf(chain);
    }

    /** The task's wire name, or {@code unclassified}. */
    public String taskName() {
        return classification.map(c -> c.task().wireName()).orElse("unclassified");
    }

    public double classifierMillis() {
        return classifierNanos / 1_000_000.0;
    }
}

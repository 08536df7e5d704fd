package io.triage.classify;

import java.util.List;
import java.util.Objects;

/**
 * A classifier's verdict on one request.
 *
 * @param task       the task the request asks for
 * @param confidence how sure the classifier is, in [0, 1]
 * @param complexity how hard the request looks, in [0, 1]
 * @param reasons    short human-readable reasons, for {@code /v1/route} and the decision log
 */
public record Classification(Task task, double confidence, double complexity, List<String> reasons) {

    public Classification {
        Objects.requireNonNull(task, "task");
        if (confidence < 0 || confidence > 1 || complexity < 0 || complexity > 1) {
            throw new IllegalArgumentException(
                    "confidence and complexity must be in [0, 1], got " + confidence + " and " + complexity);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}

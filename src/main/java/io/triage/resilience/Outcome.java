package io.triage.resilience;

import io.triage.chat.ChatResult;

import java.util.List;

/**
 * The answer to a request and how it was reached.
 *
 * @param result the answer
 * @param target where it came from
 * @param failed   the tries before it that did not answer, in order
 * @param stitched true when a broken stream was continued by {@code target}: the answer is the
 *                 text of more than one model
 * @param modelNanos time spent waiting on backends, every attempt included
 */
public record Outcome(ChatResult result, Target target, List<Attempt> failed, boolean stitched, long modelNanos) {

    public Outcome {
        failed = List.copyOf(failed);
    }

    public Outcome(ChatResult result, Target target, List<Attempt> failed) {
        this(result, target, failed, false, 0);
    }

    /** True when the answer came from a fallback route. */
    public boolean fellOver() {
        return !failed.isEmpty();
    }
}

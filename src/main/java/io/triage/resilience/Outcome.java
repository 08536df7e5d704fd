package io.triage.resilience;

import io.triage.chat.ChatResult;

import java.util.List;

/**
 * The answer to a request and how it was reached.
 *
 * @param result the answer
 * @param target where it came from
 * @param failed the tries before it that did not answer, in order
 */
public record Outcome(ChatResult result, Target target, List<Attempt> failed) {

    public Outcome {
        failed = List.copyOf(failed);
    }

    /** True when the answer came from a fallback route. */
    public boolean fellOver() {
        return !failed.isEmpty();
    }
}

package io.triage.classify.train;

import io.triage.chat.ChatRequest;
import io.triage.classify.Task;

/**
 * One labelled request.
 *
 * @param task    the label
 * @param request the request
 * @param source  where it came from, e.g. {@code corpus/train/math.jsonl} or {@code shared/SST-2}
 */
public record Example(Task task, ChatRequest request, String source) {
}

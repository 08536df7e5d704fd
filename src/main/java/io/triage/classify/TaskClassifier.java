package io.triage.classify;

import io.triage.chat.ChatRequest;

/**
 * Decides which task a request asks for. The task is judged on the last user turn, with the rest
 * of the conversation as context, so that an agent's long system prompt does not swamp a short
 * subtask. Implementations are thread-safe and do not call the network.
 */
public interface TaskClassifier {

    /** Classifies one request. */
    Classification classify(ChatRequest request);
}

package io.triage.resilience;

import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The request that asks the next route to carry on a broken stream: the conversation, the text
 * the client already has as the assistant's turn, and an instruction to continue it seamlessly.
 */
final class Continuation {

    static final String INSTRUCTION = "Your previous message was cut off. Continue it from exactly where it "
            + "stopped: do not repeat any of it, do not comment, do not start over; write only the rest.";

    private Continuation() {
    }

    static ChatRequest of(ChatRequest request, String sent) {
        List<Message> messages = new ArrayList<>(request.messages());
        messages.add(Message.of(Role.ASSISTANT, sent));
        messages.add(Message.of(Role.USER, INSTRUCTION));
        return new ChatRequest(request.model(), messages, request.sampling(), request.tools(), request.toolChoice(),
                request.responseFormat(), request.parallelToolCalls(), request.stream(), request.includeUsage(),
                request.user(), request.metadata());
    }
}

package io.triage.chat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat completion request, parsed and validated.
 *
 * @param model          the model asked for: a routing alias such as {@code auto} or a backend model
 * @param messages       the conversation, never empty
 * @param sampling       sampling parameters
 * @param tools          functions the model may call, never null
 * @param toolChoice     how the tools may be used
 * @param responseFormat the output format asked for
 * @param parallelToolCalls OpenAI's {@code parallel_tool_calls}, or null
 * @param stream         whether the answer is streamed as server-sent events
 * @param includeUsage   whether a streamed answer ends with a usage chunk
 * @param user           the end-user id the caller passed, or null
 * @param metadata       the caller's metadata, never null
 */
public record ChatRequest(String model, List<Message> messages, Sampling sampling, List<Tool> tools,
                          ToolChoice toolChoice, ResponseFormat responseFormat, Boolean parallelToolCalls,
                          boolean stream, boolean includeUsage, String user, Map<String, String> metadata) {

    public ChatRequest {
        Objects.requireNonNull(model, "model");
        messages = List.copyOf(messages);
        sampling = sampling == null ? Sampling.DEFAULT : sampling;
        tools = tools == null ? List.of() : List.copyOf(tools);
        toolChoice = toolChoice == null ? ToolChoice.AUTO : toolChoice;
        responseFormat = responseFormat == null ? ResponseFormat.TEXT : responseFormat;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A plain request: the given messages with default parameters, not streamed. */
    public static ChatRequest of(String model, List<Message> messages) {
        return new ChatRequest(model, messages, null, null, null, null, null, false, false, null, null);
    }

    /** The last message written by the user, if any. */
    public Optional<Message> lastUserMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) {
                return Optional.of(messages.get(i));
            }
        }
        return Optional.empty();
    }

    /** True when the request offers tools or carries tool calls or results. */
    public boolean involvesTools() {
        return !tools.isEmpty() || messages.stream()
                .anyMatch(m -> m.role() == Role.TOOL || !m.toolCalls().isEmpty());
    }

    /** A copy of this request asking for another model. */
    public ChatRequest withModel(String newModel) {
        return new ChatRequest(newModel, messages, sampling, tools, toolChoice, responseFormat,
                parallelToolCalls, stream, includeUsage, user, metadata);
    }
}

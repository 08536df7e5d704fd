package io.triage.chat;

import java.util.List;
import java.util.Objects;

/**
 * What a model answered.
 *
 * @param model        the model that actually answered, as its backend names it
 * @param content      the text, possibly empty when the model only called tools
 * @param toolCalls    the tool calls, never null
 * @param finishReason why generation stopped
 * @param usage        tokens consumed
 * @param meanLogprob  the mean log-probability of the generated tokens, when the backend reports it
 */
public record ChatResult(String model, String content, List<ToolCall> toolCalls, FinishReason finishReason,
                         Usage usage, Double meanLogprob) {

    public ChatResult(String model, String content, List<ToolCall> toolCalls, FinishReason finishReason, Usage usage) {
        this(model, content, toolCalls, finishReason, usage, null);
    }

    public ChatResult {
        Objects.requireNonNull(model, "model");
        content = content == null ? "" : content;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        Objects.requireNonNull(finishReason, "finishReason");
        usage = usage == null ? Usage.ZERO : usage;
    }
}

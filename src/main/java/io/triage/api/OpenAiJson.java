package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triage.chat.ChatResult;
import io.triage.chat.ToolCall;
import io.triage.chat.Usage;

import java.util.List;

/** Writes responses and stream chunks in OpenAI's exact shapes. */
final class OpenAiJson {

    private final ObjectMapper json;

    OpenAiJson(ObjectMapper json) {
        this.json = json;
    }

    /** A {@code chat.completion} object. */
    ObjectNode chatCompletion(String id, long created, ChatResult result) {
        ObjectNode root = header(id, "chat.completion", created, result.model());
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        if (result.content().isEmpty() && !result.toolCalls().isEmpty()) {
            message.putNull("content");
        } else {
            message.put("content", result.content());
        }
        message.putNull("refusal");
        if (!result.toolCalls().isEmpty()) {
            toolCalls(message.putArray("tool_calls"), result.toolCalls(), false);
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", result.finishReason().wireName());
        usage(root, result.usage());
        root.putNull("system_fingerprint");
        return root;
    }

    /** A {@code text_completion} object for the legacy completions API. */
    ObjectNode textCompletion(String id, long created, ChatResult result) {
        ObjectNode root = header(id, "text_completion", created, result.model());
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("text", result.content());
        choice.put("index", 0);
        choice.putNull("logprobs");
        choice.put("finish_reason", result.finishReason().wireName());
        usage(root, result.usage());
        return root;
    }

    /** A {@code chat.completion.chunk} with a delta; {@code finishReason} null while streaming. */
    ObjectNode chatChunk(String id, long created, String model, ObjectNode delta, String finishReason, boolean usageField) {
        ObjectNode root = header(id, "chat.completion.chunk", created, model);
        root.putNull("system_fingerprint");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        if (usageField) {
            root.putNull("usage");
        }
        return root;
    }

    /** A legacy {@code text_completion} stream chunk. */
    ObjectNode textChunk(String id, long created, String model, String text, String finishReason) {
        ObjectNode root = header(id, "text_completion", created, model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("text", text);
        choice.put("index", 0);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return root;
    }

    /** The final usage chunk of a stream: no choices, only usage. */
    ObjectNode usageChunk(String id, String object, long created, String model, Usage usage) {
        ObjectNode root = header(id, object, created, model);
        if (object.equals("chat.completion.chunk")) {
            root.putNull("system_fingerprint");
        }
        root.putArray("choices");
        usage(root, usage);
        return root;
    }

    ObjectNode delta() {
        return json.createObjectNode();
    }

    void toolCalls(ArrayNode into, List<ToolCall> calls, boolean withIndex) {
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            ObjectNode node = into.addObject();
            if (withIndex) {
                node.put("index", i);
            }
            node.put("id", call.id());
            node.put("type", "function");
            ObjectNode function = node.putObject("function");
            function.put("name", call.name());
            function.put("arguments", call.arguments());
        }
    }

    private ObjectNode header(String id, String object, long created, String model) {
        ObjectNode root = json.createObjectNode();
        root.put("id", id);
        root.put("object", object);
        root.put("created", created);
        root.put("model", model);
        return root;
    }

    private static void usage(ObjectNode root, Usage usage) {
        ObjectNode node = root.putObject("usage");
        node.put("prompt_tokens", usage.promptTokens());
        node.put("completion_tokens", usage.completionTokens());
        node.put("total_tokens", usage.totalTokens());
    }
}

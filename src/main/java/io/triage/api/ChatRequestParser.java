package io.triage.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Sampling;
import io.triage.chat.Tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a chat completion body (already parsed as JSON) into a {@link ChatRequest}, validating
 * every field it knows with OpenAI's limits. Unknown fields are ignored.
 */
final class ChatRequestParser {

    private final int maxMessages;

    ChatRequestParser(int maxMessages) {
        this.maxMessages = maxMessages;
    }

    ChatRequest parse(JsonNode body) {
        requireObject(body);
        String model = Fields.requiredString(body, "model", "model");
        List<Message> messages = MessageParser.parse(body, maxMessages);
        List<Tool> tools = ToolParser.tools(body);
        checkUnsupported(body);
        boolean stream = Boolean.TRUE.equals(Fields.bool(body, "stream", "stream"));
        return new ChatRequest(model, messages, sampling(body), tools, ToolParser.toolChoice(body, tools),
                ToolParser.responseFormat(body), Fields.bool(body, "parallel_tool_calls", "parallel_tool_calls"),
                stream, stream && includeUsage(body), Fields.string(body, "user", "user"), metadata(body));
    }

    static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("The request body must be a JSON object.", null, "invalid_json");
        }
    }

    static Sampling sampling(JsonNode body) {
        Long maxCompletion = Fields.integer(body, "max_completion_tokens", "max_completion_tokens", 1, Integer.MAX_VALUE);
        Long maxTokens = Fields.integer(body, "max_tokens", "max_tokens", 1, Integer.MAX_VALUE);
        Long limit = maxCompletion != null ? maxCompletion : maxTokens;
        return new Sampling(
                Fields.number(body, "temperature", "temperature", 0, 2),
                Fields.number(body, "top_p", "top_p", 0, 1),
                limit == null ? null : limit.intValue(),
                stop(body),
                Fields.integer(body, "seed", "seed", Long.MIN_VALUE, Long.MAX_VALUE),
                Fields.number(body, "presence_penalty", "presence_penalty", -2, 2),
                Fields.number(body, "frequency_penalty", "frequency_penalty", -2, 2));
    }

    static void checkN(JsonNode body) {
        Long n = Fields.integer(body, "n", "n", 1, 128);
        if (n != null && n != 1) {
            throw Fields.badValue("n", "this gateway returns one choice per request; 'n' must be 1, got " + n + ".");
        }
    }

    private static void checkUnsupported(JsonNode body) {
        checkN(body);
        if (Boolean.TRUE.equals(Fields.bool(body, "logprobs", "logprobs"))) {
            throw Fields.badValue("logprobs", "log probabilities are not returned by this gateway; omit 'logprobs' or set it to false.");
        }
    }

    private static List<String> stop(JsonNode body) {
        JsonNode stop = body.get("stop");
        if (stop == null || stop.isNull()) {
            return List.of();
        }
        if (stop.isTextual()) {
            return List.of(stop.textValue());
        }
        if (!stop.isArray()) {
            throw Fields.wrongType("stop", "a string or an array of strings", stop);
        }
        if (stop.size() > 4) {
            throw Fields.badValue("stop", "at most 4 stop sequences are allowed, got " + stop.size() + ".");
        }
        List<String> sequences = new ArrayList<>();
        for (int i = 0; i < stop.size(); i++) {
            if (!stop.get(i).isTextual()) {
                throw Fields.wrongType("stop[" + i + "]", "a string", stop.get(i));
            }
            sequences.add(stop.get(i).textValue());
        }
        return sequences;
    }

    private static boolean includeUsage(JsonNode body) {
        JsonNode options = Fields.object(body, "stream_options", "stream_options");
        return options != null && Boolean.TRUE.equals(Fields.bool(options, "include_usage", "stream_options.include_usage"));
    }

    private static Map<String, String> metadata(JsonNode body) {
        JsonNode metadata = Fields.object(body, "metadata", "metadata");
        if (metadata == null) {
            return Map.of();
        }
        if (metadata.size() > 16) {
            throw Fields.badValue("metadata", "at most 16 keys are allowed, got " + metadata.size() + ".");
        }
        Map<String, String> result = new LinkedHashMap<>();
        metadata.properties().forEach(entry -> {
            if (!entry.getValue().isTextual()) {
                throw Fields.wrongType("metadata." + entry.getKey(), "a string", entry.getValue());
            }
            result.put(entry.getKey(), entry.getValue().textValue());
        });
        return result;
    }
}

package io.triage.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.chat.ContentPart;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.ToolCall;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses and validates the {@code messages} array of a chat completion request. */
final class MessageParser {

    private static final Set<String> DETAILS = Set.of("auto", "low", "high");

    private MessageParser() {
    }

    static List<Message> parse(JsonNode body, int maxMessages) {
        JsonNode messages = Fields.array(body, "messages", "messages");
        if (messages == null) {
            throw Fields.missing("messages");
        }
        if (messages.isEmpty()) {
            throw new InvalidRequestException("Invalid 'messages': empty array. Expected an array with minimum length 1.",
                    "messages", "empty_array");
        }
        if (messages.size() > maxMessages) {
            throw new InvalidRequestException("Invalid 'messages': array too long. Expected at most " + maxMessages
                    + " messages, but got " + messages.size() + ".", "messages", "array_above_max_length");
        }
        List<Message> result = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            result.add(message(messages.get(i), "messages[" + i + "]"));
        }
        return result;
    }

    private static Message message(JsonNode node, String param) {
        if (!node.isObject()) {
            throw Fields.wrongType(param, "an object", node);
        }
        String roleName = Fields.requiredString(node, "role", param + ".role");
        Role role = Role.fromWire(roleName).orElseThrow(() -> Fields.badValue(param + ".role", "'" + roleName
                + "' is not one of ['system', 'developer', 'user', 'assistant', 'tool']."));
        String name = Fields.string(node, "name", param + ".name");
        List<ToolCall> toolCalls = role == Role.ASSISTANT ? toolCalls(node, param) : List.of();
        List<ContentPart> content = content(node.get("content"), param + ".content", role);
        if (content.isEmpty() && toolCalls.isEmpty() && role != Role.ASSISTANT) {
            throw Fields.missing(param + ".content");
        }
        String toolCallId = null;
        if (role == Role.TOOL) {
            toolCallId = Fields.requiredString(node, "tool_call_id", param + ".tool_call_id");
        }
        return new Message(role, content, name, toolCalls, toolCallId);
    }

    private static List<ContentPart> content(JsonNode content, String param, Role role) {
        if (content == null || content.isNull()) {
            return List.of();
        }
        if (content.isTextual()) {
            return List.of(ContentPart.text(content.textValue()));
        }
        if (!content.isArray()) {
            throw Fields.wrongType(param, "a string or an array of content parts", content);
        }
        List<ContentPart> parts = new ArrayList<>(content.size());
        for (int i = 0; i < content.size(); i++) {
            parts.add(part(content.get(i), param + "[" + i + "]", role));
        }
        return parts;
    }

    private static ContentPart part(JsonNode part, String param, Role role) {
        if (!part.isObject()) {
            throw Fields.wrongType(param, "an object", part);
        }
        String type = Fields.requiredString(part, "type", param + ".type");
        switch (type) {
            case "text":
                return ContentPart.text(Fields.requiredString(part, "text", param + ".text"));
            case "refusal":
                return ContentPart.text(Fields.requiredString(part, "refusal", param + ".refusal"));
            case "image_url":
                if (role != Role.USER) {
                    throw Fields.badValue(param + ".type", "image content is only allowed in user messages.");
                }
                return image(part, param);
            default:
                throw Fields.badValue(param + ".type", "'" + type
                        + "' is not supported by this gateway; supported content part types are 'text' and 'image_url'.");
        }
    }

    private static ContentPart image(JsonNode part, String param) {
        JsonNode image = Fields.object(part, "image_url", param + ".image_url");
        if (image == null) {
            throw Fields.missing(param + ".image_url");
        }
        String url = Fields.requiredString(image, "url", param + ".image_url.url");
        String detail = Fields.string(image, "detail", param + ".image_url.detail");
        if (detail != null && !DETAILS.contains(detail)) {
            throw Fields.badValue(param + ".image_url.detail", "'" + detail + "' is not one of ['auto', 'low', 'high'].");
        }
        return ContentPart.image(url, detail);
    }

    private static List<ToolCall> toolCalls(JsonNode node, String param) {
        JsonNode calls = Fields.array(node, "tool_calls", param + ".tool_calls");
        if (calls == null) {
            return List.of();
        }
        List<ToolCall> result = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            String callParam = param + ".tool_calls[" + i + "]";
            JsonNode call = calls.get(i);
            if (!call.isObject()) {
                throw Fields.wrongType(callParam, "an object", call);
            }
            String id = Fields.requiredString(call, "id", callParam + ".id");
            JsonNode function = Fields.object(call, "function", callParam + ".function");
            if (function == null) {
                throw Fields.missing(callParam + ".function");
            }
            String name = Fields.requiredString(function, "name", callParam + ".function.name");
            String arguments = Fields.requiredString(function, "arguments", callParam + ".function.arguments");
            result.add(new ToolCall(id, name, arguments));
        }
        return result;
    }
}

package io.triage.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.chat.ResponseFormat;
import io.triage.chat.Tool;
import io.triage.chat.ToolChoice;
import io.triage.json.JsonBuffers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses {@code tools}, {@code tool_choice} and {@code response_format}. */
final class ToolParser {

    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final ObjectMapper JSON = JsonBuffers.pooled(new ObjectMapper());

    private ToolParser() {
    }

    static List<Tool> tools(JsonNode body) {
        JsonNode tools = Fields.array(body, "tools", "tools");
        if (tools == null) {
            return List.of();
        }
        List<Tool> result = new ArrayList<>(tools.size());
        for (int i = 0; i < tools.size(); i++) {
            result.add(tool(tools.get(i), "tools[" + i + "]"));
        }
        return result;
    }

    private static Tool tool(JsonNode node, String param) {
        if (!node.isObject()) {
            throw Fields.wrongType(param, "an object", node);
        }
        String type = Fields.requiredString(node, "type", param + ".type");
        if (!type.equals("function")) {
            throw Fields.badValue(param + ".type", "'" + type + "' is not supported; only 'function' tools are.");
        }
        JsonNode function = Fields.object(node, "function", param + ".function");
        if (function == null) {
            throw Fields.missing(param + ".function");
        }
        String name = Fields.requiredString(function, "name", param + ".function.name");
        if (!FUNCTION_NAME.matcher(name).matches()) {
            throw Fields.badValue(param + ".function.name", "'" + name
                    + "' does not match '^[a-zA-Z0-9_-]{1,64}$'.");
        }
        JsonNode parameters = Fields.object(function, "parameters", param + ".function.parameters");
        return new Tool(name, Fields.string(function, "description", param + ".function.description"),
                toMap(parameters), Fields.bool(function, "strict", param + ".function.strict"));
    }

    static ToolChoice toolChoice(JsonNode body, List<Tool> tools) {
        JsonNode choice = body.get("tool_choice");
        if (choice == null || choice.isNull()) {
            return ToolChoice.AUTO;
        }
        if (choice.isTextual()) {
            return switch (choice.textValue()) {
                case "auto" -> ToolChoice.AUTO;
                case "none" -> new ToolChoice(ToolChoice.Mode.NONE, null);
                case "required" -> requireTools(new ToolChoice(ToolChoice.Mode.REQUIRED, null), tools);
                default -> throw Fields.badValue("tool_choice", "'" + choice.textValue()
                        + "' is not one of ['none', 'auto', 'required'] or a function.");
            };
        }
        if (!choice.isObject()) {
            throw Fields.wrongType("tool_choice", "a string or an object", choice);
        }
        JsonNode function = Fields.object(choice, "function", "tool_choice.function");
        String name = function == null ? null : Fields.requiredString(function, "name", "tool_choice.function.name");
        if (name == null || tools.stream().noneMatch(tool -> tool.name().equals(name))) {
            throw Fields.badValue("tool_choice", "the named function '" + name + "' is not among 'tools'.");
        }
        return new ToolChoice(ToolChoice.Mode.FUNCTION, name);
    }

    private static ToolChoice requireTools(ToolChoice choice, List<Tool> tools) {
        if (tools.isEmpty()) {
            throw Fields.badValue("tool_choice", "'required' needs at least one entry in 'tools'.");
        }
        return choice;
    }

    static ResponseFormat responseFormat(JsonNode body) {
        JsonNode format = Fields.object(body, "response_format", "response_format");
        if (format == null) {
            return ResponseFormat.TEXT;
        }
        String type = Fields.requiredString(format, "type", "response_format.type");
        return switch (type) {
            case "text" -> ResponseFormat.TEXT;
            case "json_object" -> new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, null, null);
            case "json_schema" -> jsonSchema(format);
            default -> throw Fields.badValue("response_format.type", "'" + type
                    + "' is not one of ['text', 'json_object', 'json_schema'].");
        };
    }

    private static ResponseFormat jsonSchema(JsonNode format) {
        JsonNode schema = Fields.object(format, "json_schema", "response_format.json_schema");
        if (schema == null) {
            throw Fields.missing("response_format.json_schema");
        }
        String name = Fields.requiredString(schema, "name", "response_format.json_schema.name");
        JsonNode body = Fields.object(schema, "schema", "response_format.json_schema.schema");
        return new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, name, toMap(body),
                Fields.bool(schema, "strict", "response_format.json_schema.strict"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(JsonNode object) {
        return object == null ? Map.of() : JSON.convertValue(object, Map.class);
    }
}

package io.triage.chat;

import java.util.Map;

/**
 * A function the model may call.
 *
 * @param name        the function name
 * @param description what it does, or null
 * @param parameters  the JSON Schema of its arguments (parsed JSON), or an empty map
 * @param strict      OpenAI's strict schema flag, or null when not given
 */
public record Tool(String name, String description, Map<String, Object> parameters, Boolean strict) {

    public Tool {
        parameters = parameters == null ? Map.of() : parameters;
    }
}

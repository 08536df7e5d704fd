package io.triage.chat;

import java.util.Map;

/**
 * The output format asked for: OpenAI's {@code response_format}.
 *
 * @param type       text, any JSON object, or JSON following a schema
 * @param schemaName the schema's name, for {@link Type#JSON_SCHEMA}
 * @param schema     the JSON Schema (parsed JSON), for {@link Type#JSON_SCHEMA}
 * @param strict     OpenAI's strict flag, or null
 */
public record ResponseFormat(Type type, String schemaName, Map<String, Object> schema, Boolean strict) {

    /** The response format types. */
    public enum Type { TEXT, JSON_OBJECT, JSON_SCHEMA }

    public static final ResponseFormat TEXT = new ResponseFormat(Type.TEXT, null, null, null);

    /** True when the caller wants JSON back. */
    public boolean wantsJson() {
        return type != Type.TEXT;
    }
}

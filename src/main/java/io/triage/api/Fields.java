package io.triage.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads of request fields that fail with an {@link InvalidRequestException} naming the parameter. */
final class Fields {

    private Fields() {
    }

    static boolean present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    static String string(JsonNode node, String field, String param) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(param, "a string", value);
        }
        return value.textValue();
    }

    static String requiredString(JsonNode node, String field, String param) {
        String value = string(node, field, param);
        if (value == null) {
            throw missing(param);
        }
        return value;
    }

    static InvalidRequestException missing(String param) {
        return new InvalidRequestException("Missing required parameter: '" + param + "'.", param, "missing_required_parameter");
    }

    static Boolean bool(JsonNode node, String field, String param) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(param, "a boolean", value);
        }
        return value.booleanValue();
    }

    static Double number(JsonNode node, String field, String param, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongType(param, "a number", value);
        }
        double number = value.doubleValue();
        if (!(number >= min && number <= max)) {
            throw new InvalidRequestException("Invalid value for '" + param + "': " + value
                    + " is outside the allowed range [" + format(min) + ", " + format(max) + "].", param, "invalid_value");
        }
        return number;
    }

    static Long integer(JsonNode node, String field, String param, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() && !(value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue()))) {
            throw wrongType(param, "an integer", value);
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            throw new InvalidRequestException("Invalid value for '" + param + "': " + value
                    + " is outside the allowed range [" + min + ", " + max + "].", param, "invalid_value");
        }
        return value.longValue();
    }

    static JsonNode object(JsonNode node, String field, String param) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(param, "an object", value);
        }
        return value;
    }

    static JsonNode array(JsonNode node, String field, String param) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(param, "an array", value);
        }
        return value;
    }

    static InvalidRequestException wrongType(String param, String expected, JsonNode value) {
        return new InvalidRequestException("Invalid type for '" + param + "': expected " + expected + ", but got "
                + describe(value) + ".", param, "invalid_type");
    }

    static InvalidRequestException badValue(String param, String message) {
        return new InvalidRequestException("Invalid value for '" + param + "': " + message, param, "invalid_value");
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}

package io.triage.route;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.classify.Task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a rule's {@code when} tree, checking every signal name and value. */
final class ConditionParser {

    private static final Set<String> NUMERIC = Set.of("tokens", "turns", "confidence", "complexity");
    private static final Set<String> BOOLEAN = Set.of("tools", "images", "json", "pii");

    private final String file;
    private final String ruleId;

    ConditionParser(String file, String ruleId) {
        this.file = file;
        this.ruleId = ruleId;
    }

    Condition parse(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Condition.ALWAYS;
        }
        if (!node.isObject() || node.isEmpty()) {
            throw error(path, "must be a non-empty map of conditions, got " + node);
        }
        List<Condition> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            parts.add(parseOne(field.getKey(), field.getValue(), path + "." + field.getKey()));
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private Condition parseOne(String key, JsonNode value, String path) {
        return switch (key) {
            case "all" -> new Condition.All(parseList(value, path));
            case "any" -> new Condition.Any(parseList(value, path));
            case "not" -> new Condition.Not(parse(value, path));
            default -> new Condition.On(checkSignal(key, path), matcher(key, value, path));
        };
    }

    private List<Condition> parseList(JsonNode value, String path) {
        if (!value.isArray() || value.isEmpty()) {
            throw error(path, "must be a non-empty list of conditions");
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            parts.add(parse(value.get(i), path + "[" + i + "]"));
        }
        return parts;
    }

    private String checkSignal(String name, String path) {
        if (!Signals.isKnown(name)) {
            throw error(path, "unknown signal '" + name + "' (known: all, any, not, header.<name>, "
                    + Signals.KNOWN.stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        return name;
    }

    private Matcher matcher(String signal, JsonNode value, String path) {
        if (value.isObject()) {
            return operators(signal, value, path);
        }
        return oneOf(signal, value.isArray() ? value : List.of(value), path);
    }

    private Matcher operators(String signal, JsonNode value, String path) {
        List<Matcher> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : value.properties()) {
            String opPath = path + "." + op.getKey();
            switch (op.getKey()) {
                case "eq" -> parts.add(oneOf(signal, List.of(op.getValue()), opPath));
                case "in" -> parts.add(oneOf(signal, list(op.getValue(), opPath), opPath));
                default -> parts.add(compare(signal, op.getKey(), op.getValue(), opPath));
            }
        }
        if (parts.isEmpty()) {
            throw error(path, "needs an operator (eq, in, lt, lte, gt, gte)");
        }
        return parts.size() == 1 ? parts.get(0) : new Matcher.Both(parts);
    }

    private Matcher compare(String signal, String opKey, JsonNode bound, String path) {
        Matcher.Op op = Arrays.stream(Matcher.Op.values()).filter(o -> o.key.equals(opKey)).findFirst()
                .orElseThrow(() -> error(path, "unknown operator '" + opKey + "' (known: eq, in, lt, lte, gt, gte)"));
        if (!NUMERIC.contains(signal)) {
            throw error(path, "'" + op.key + "' needs a numeric signal (" + String.join(", ", NUMERIC.stream().sorted().toList())
                    + "), not '" + signal + "'");
        }
        if (!bound.isNumber()) {
            throw error(path, "bad value '" + bound.asText() + "': expected a number");
        }
        return new Matcher.Compare(op, new BigDecimal(bound.asText()));
    }

    private Iterable<JsonNode> list(JsonNode value, String path) {
        if (!value.isArray()) {
            throw error(path, "expected a list, got " + value);
        }
        return value;
    }

    private Matcher oneOf(String signal, Iterable<JsonNode> values, String path) {
        Set<String> accepted = new LinkedHashSet<>();
        for (JsonNode value : values) {
            accepted.add(checkValue(signal, value, path));
        }
        if (accepted.isEmpty()) {
            throw error(path, "needs at least one value");
        }
        return new Matcher.OneOf(accepted);
    }

    private String checkValue(String signal, JsonNode value, String path) {
        if (!value.isValueNode() || value.isNull()) {
            throw error(path, "bad value " + value + ": expected a plain value");
        }
        String text = value.asText();
        if (signal.equals("task") && Task.fromWire(text).isEmpty()) {
            throw error(path, "unknown task '" + text + "' (known: " + Arrays.stream(Task.values())
                    .map(Task::wireName).collect(Collectors.joining(", ")) + ")");
        }
        if (BOOLEAN.contains(signal) && !value.isBoolean()) {
            throw error(path, "bad value '" + text + "': expected true or false");
        }
        if (NUMERIC.contains(signal) && !value.isNumber()) {
            throw error(path, "bad value '" + text + "': expected a number");
        }
        return text;
    }

    private RuleException error(String path, String message) {
        return RuleException.at(file, ruleId, path, message);
    }
}

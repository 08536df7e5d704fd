package io.triage.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.route.RuleException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A map in a policy file, read with defaults and checked: an unknown key or a bad value fails
 * with the file, the key's full path and the value.
 */
final class PolicyNode {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private final Path file;
    private final String path;
    private final JsonNode node;

    PolicyNode(Path file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node == null || node.isNull() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
        if (!this.node.isMissingNode() && !this.node.isObject()) {
            throw error(null, "must be a map");
        }
    }

    boolean present() {
        return !node.isMissingNode();
    }

    /** Fails on a key that is not one of {@code allowed}. */
    PolicyNode allow(Set<String> allowed) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw error(key, "unknown key (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
        return this;
    }

    boolean has(String key) {
        return node.has(key);
    }

    boolean isFalse(String key) {
        return node.has(key) && node.get(key).isBoolean() && !node.get(key).asBoolean();
    }

    boolean bool(String key, boolean fallback) {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw error(key, "bad value '" + value.asText() + "': true or false");
        }
        return value.asBoolean();
    }

    /** The map at {@code key[index]}. */
    PolicyNode element(String key, int index) {
        return new PolicyNode(file, join(key) + "[" + index + "]", node.path(key).path(index));
    }

    /** A list of strings, or an empty list when absent. */
    java.util.List<String> strings(String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            return java.util.List.of();
        }
        if (!value.isArray()) {
            throw error(key, "must be a list of names");
        }
        java.util.List<String> list = new java.util.ArrayList<>();
        value.forEach(item -> list.add(item.asText()));
        return list;
    }

    PolicyNode child(String key) {
        return new PolicyNode(file, join(key), node.get(key));
    }

    Iterable<String> keys() {
        return node::fieldNames;
    }

    Duration duration(String key, Duration fallback) {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(value.asText().trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw error(key, "bad value '" + value.asText() + "': a duration such as 250ms, 30s, 5m or 1h");
        }
        double amount = Double.parseDouble(m.group(1));
        long millis = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        return Duration.ofMillis(Math.round(amount * millis));
    }

    int integer(String key, int fallback, int min) {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min) {
            throw error(key, "bad value '" + value.asText() + "': a whole number >= " + min);
        }
        return value.asInt();
    }

    double decimal(String key, double fallback, double min, double max) {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            throw error(key, "bad value '" + value.asText() + "': a number from " + min + " to " + max);
        }
        return value.asDouble();
    }

    /** A required amount of money (or any exact decimal) that must be positive, or zero when allowed. */
    BigDecimal amount(String key, boolean zeroAllowed) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber()) {
            throw error(key, value == null ? "missing (a number)" : "bad value '" + value.asText() + "': a number");
        }
        BigDecimal amount = value.decimalValue().stripTrailingZeros();
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            throw error(key, "bad value '" + value.asText() + "': must be " + (zeroAllowed ? ">= 0" : "> 0"));
        }
        return amount;
    }

    String text(String key, String fallback, Set<String> allowed) {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual() || (allowed != null && !allowed.contains(value.asText()))) {
            throw error(key, "bad value '" + value.asText() + "'" + (allowed == null ? ": a string"
                    : " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
        }
        return value.asText();
    }

    RuleException error(String key, String message) {
        return RuleException.at(file.toString(), null, key == null ? path : join(key), message);
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}

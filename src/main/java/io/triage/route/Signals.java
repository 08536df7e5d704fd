package io.triage.route;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is known about a request when rules are matched, keyed by signal name: {@code task},
 * {@code tokens}, {@code tools}, {@code model}, {@code tenant}, {@code header.<name>}, and whatever
 * the classifier adds. A new signal adds a key, not a field.
 */
public final class Signals {

    /** Signals every request has; rules may name these and {@code header.*}. */
    public static final java.util.Set<String> KNOWN = java.util.Set.of(
            "task", "tokens", "tools", "model", "tenant", "turns", "images", "json", "confidence",
            "complexity", "pii");

    private final Map<String, Object> values;

    private Signals(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The signal's value, empty when the request does not have it. */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /** True when {@code name} is a signal rules may refer to. */
    public static boolean isKnown(String name) {
        return KNOWN.contains(name) || (name.startsWith("header.") && name.length() > "header.".length());
    }

    /** Collects signal values. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder put(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        public Builder header(String name, String value) {
            return put("header." + name.toLowerCase(java.util.Locale.ROOT), value);
        }

        public Signals build() {
            return new Signals(new LinkedHashMap<>(values));
        }
    }
}

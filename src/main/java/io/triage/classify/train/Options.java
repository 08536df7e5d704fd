package io.triage.classify.train;

import java.util.HashMap;
import java.util.Map;

/** {@code key=value} command-line options with defaults. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("options look like --name=value, got '" + arg + "'");
            }
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    double decimal(String name, double fallback) {
        return Double.parseDouble(get(name, String.valueOf(fallback)));
    }
}

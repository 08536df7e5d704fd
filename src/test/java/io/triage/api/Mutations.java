package io.triage.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Bad request bodies for {@link FuzzTest}, each made from a valid one by one kind of damage. */
final class Mutations {

    static final String VALID = "{\"model\":\"remote\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
            + "{\"role\":\"user\",\"content\":\"What is the capital of France?\"}],\"temperature\":0.5,\"max_tokens\":20}";

    private static final List<String> FIELDS = List.of("model", "messages", "temperature", "max_tokens", "stream",
            "tools", "tool_choice", "response_format", "stop", "top_p", "n", "seed", "prompt", "stream_options");
    private static final List<String> VALUES = List.of("null", "true", "-1", "1e308", "\"\"", "[]", "{}", "[null]",
            "\"x\"", "-9223372036854775809", "[{\"role\":7}]", "{\"type\":\"nope\"}", "\"\\ud800\"", "0.5");
    private static final List<String> ROLES = List.of("robot", "", "SYSTEM", "tool", "function", "developer", "null");

    private Mutations() {
    }

    static byte[] next(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> truncated(random);
            case 1 -> utf8(wrongType(random));
            case 2 -> utf8(huge(random));
            case 3 -> utf8(nested(random));
            case 4 -> invalidUtf8(random);
            case 5 -> utf8(missing(random));
            case 6 -> utf8(VALID.replace("\"user\"", "\"" + ROLES.get(random.nextInt(ROLES.size())) + "\""));
            case 7 -> randomBytes(random);
            default -> utf8(garbledMessages(random));
        };
    }

    private static byte[] truncated(Random random) {
        return utf8(VALID.substring(0, random.nextInt(VALID.length())));
    }

    private static String wrongType(Random random) {
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        String value = VALUES.get(random.nextInt(VALUES.size()));
        return "{\"model\":\"remote\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"" + field + "\":" + value
                + (random.nextBoolean() ? ",\"" + field + "\":" + value : "") + "}";
    }

    private static String huge(Random random) {
        String big = "x".repeat(50_000 + random.nextInt(200_000));
        return switch (random.nextInt(4)) {
            case 0 -> "{\"model\":\"" + big + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
            case 1 -> "{\"model\":\"remote\",\"messages\":[{\"role\":\"" + big + "\",\"content\":\"hi\"}]}";
            case 2 -> "{\"model\":\"remote\",\"max_tokens\":" + "9".repeat(400) + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
            default -> "{\"model\":\"remote\",\"messages\":[" + "{\"role\":\"user\",\"content\":\"a\"},".repeat(2_000)
                    + "{\"role\":\"user\",\"content\":\"b\"}],\"stop\":[" + "\"s\",".repeat(500) + "\"t\"]}";
        };
    }

    private static String nested(Random random) {
        int depth = 100 + random.nextInt(20_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{\"model\":\"remote\",\"messages\":[{\"role\":\"user\",\"content\":" + open.repeat(depth) + "1"
                + close.repeat(depth) + "}]}";
    }

    private static byte[] invalidUtf8(Random random) {
        byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
        int at = VALID.indexOf("capital");
        body[at + random.nextInt(5)] = (byte) (0x80 + random.nextInt(0x40));
        body[at + 6] = (byte) 0xC3;
        return body;
    }

    private static String missing(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
            case 1 -> "{\"model\":\"remote\"}";
            case 2 -> "{\"model\":\"remote\",\"messages\":[]}";
            default -> "{\"model\":\"remote\",\"messages\":[{\"content\":\"hi\"}]}";
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String garbledMessages(Random random) {
        String message = switch (random.nextInt(5)) {
            case 0 -> "{\"role\":\"user\",\"content\":[{\"type\":\"image_url\"}]}";
            case 1 -> "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":1}]}";
            case 2 -> "{\"role\":\"tool\",\"content\":\"x\"}";
            case 3 -> "{\"role\":\"user\",\"content\":{\"text\":\"hi\"}}";
            default -> "\"just a string\"";
        };
        return "{\"model\":\"remote\",\"messages\":[" + message + "]}";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

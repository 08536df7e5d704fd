package io.triage.backend.llama;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Works around a defect of the llama.cpp binding: {@code LlamaModel.applyTemplate} returns the
 * rendered prompt through JNI's {@code NewStringUTF}, which expects modified UTF-8 and mangles
 * characters outside the Basic Multilingual Plane (emoji, some CJK), truncating the prompt. Before
 * templating, each such character is swapped for a private-use character (U+E000..U+F8FF) that
 * occurs nowhere in the conversation; after templating it is swapped back. NUL characters, which
 * end a C string, are dropped.
 */
final class BmpEscape {

    private static final char FIRST_PRIVATE = '\uE000';
    private static final char LAST_PRIVATE = '\uF8FF';

    private final Map<Integer, Character> escapes = new HashMap<>();
    private final Map<Character, Integer> restores = new HashMap<>();

    private BmpEscape() {
    }

    /**
     * Plans the escapes for a set of texts.
     *
     * @throws IllegalArgumentException when the texts hold more distinct non-BMP characters than
     *                                  there are unused private-use characters
     */
    static BmpEscape forTexts(Collection<String> texts) {
        BmpEscape escape = new BmpEscape();
        boolean[] used = new boolean[LAST_PRIVATE - FIRST_PRIVATE + 1];
        texts.forEach(text -> text.chars()
                .filter(c -> c >= FIRST_PRIVATE && c <= LAST_PRIVATE)
                .forEach(c -> used[c - FIRST_PRIVATE] = true));
        int next = 0;
        for (String text : texts) {
            for (int codePoint : text.codePoints().filter(Character::isSupplementaryCodePoint).toArray()) {
                if (!escape.escapes.containsKey(codePoint)) {
                    while (next < used.length && used[next]) {
                        next++;
                    }
                    if (next == used.length) {
                        throw new IllegalArgumentException("too many distinct characters outside the BMP");
                    }
                    char stand = (char) (FIRST_PRIVATE + next++);
                    escape.escapes.put(codePoint, stand);
                    escape.restores.put(stand, codePoint);
                }
            }
        }
        return escape;
    }

    /** The text with non-BMP characters swapped for their stand-ins and NULs removed. */
    String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c != 0).forEach(c -> {
            Character stand = escapes.get(c);
            if (stand != null) {
                out.append(stand.charValue());
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The text with the stand-ins swapped back. */
    String restore(String text) {
        if (restores.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            Integer original = c <= Character.MAX_VALUE ? restores.get((char) c) : null;
            out.appendCodePoint(original != null ? original : c);
        });
        return out.toString();
    }
}

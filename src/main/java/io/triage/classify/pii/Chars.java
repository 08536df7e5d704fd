package io.triage.classify.pii;

/** ASCII character tests and the scans that find where a match may start. */
final class Chars {

    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLetterOrDigit(char c) {
        return isDigit(c) || isUpper(c) || c >= 'a' && c <= 'z';
    }

    static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** {@code text[i]}, or NUL outside the text. */
    static char charAt(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }

    /** Whether {@code text[i]} is a digit; false outside the text. */
    static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && isDigit(text.charAt(i));
    }

    /** Whether a run of digits starts at {@code i}. */
    static boolean digitRunStarts(String text, int i) {
        return digitAt(text, i) && !digitAt(text, i - 1);
    }

    /** How many digits follow from {@code i}, stopping at {@code limit}. */
    static int digitRun(String text, int i, int limit) {
        int end = i;
        while (end < text.length() && end - i < limit && isDigit(text.charAt(end))) {
            end++;
        }
        return end - i;
    }

    /**
     * {@code text} with A-Z lowered and nothing else changed, so that offsets stay valid
     * ({@link String#toLowerCase} can change the length of non-ASCII text).
     */
    static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isUpper(chars[i])) {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}

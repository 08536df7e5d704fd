package io.triage.classify;

/**
 * Where a text quotes material: between {@code "..."}, {@code “...”}, {@code „...“}, {@code «...»},
 * or single quotes that stand at word edges ({@code 'like this'}, not the apostrophe of
 * {@code it's}). Quoted text is what the request is about, not what it asks, so keywords and
 * numbers inside it count less or not at all. An unclosed quote runs to the end of the text.
 */
final class Quotes {

    private Quotes() {
    }

    /** For each of the first {@code limit} characters, whether it lies inside quotes. */
    static boolean[] mask(String text, int limit) {
        int length = Math.min(text.length(), limit);
        boolean[] inside = new boolean[length];
        char open = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (open == 0 && opens(text, i, c)) {
                open = c;
            } else if (open != 0 && closes(text, i, c, open)) {
                open = 0;
                continue;
            }
            inside[i] = open != 0 && open != c;
        }
        return inside;
    }

    private static boolean opens(String text, int i, char c) {
        return switch (c) {
            case '"', '“', '„', '«' -> true;
            case '\'', '‘' -> atWordStart(text, i);
            default -> false;
        };
    }

    private static boolean closes(String text, int i, char c, char open) {
        return switch (open) {
            case '"' -> c == '"';
            case '“', '„' -> c == '”' || c == '“' || c == '"';
            case '«' -> c == '»';
            default -> (c == '\'' || c == '’') && atWordEnd(text, i);
        };
    }

    private static boolean atWordStart(String text, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean atWordEnd(String text, int i) {
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }
}

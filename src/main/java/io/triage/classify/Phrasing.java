package io.triage.classify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How a text is phrased: as a question, as several parts, or left unfinished for someone to complete. */
final class Phrasing {

    private static final Pattern QUESTION_START = Pattern.compile(
            "^\\W*(?:who|what|whats|when|where|which|why|how|in which|in what|is|are|was|were|can|could|does"
                    + "|do|did|will|would|should|has|have)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\s*(?:\\d+[.)]|\\([a-z]\\))\\s",
            Pattern.MULTILINE);
    private static final Set<String> OPEN_WORDS = Set.of("the", "a", "an", "of", "to", "and", "or", "but",
            "with", "for", "in", "on", "at", "by", "from", "that", "which", "who", "is", "was", "are", "were",
            "my", "your", "his", "her", "their", "our", "its", "as", "because", "when", "while", "if", "so",
            "than", "into", "like", "about", "be", "been", "have", "has", "had", "will", "would", "could",
            "should", "can", "we", "they", "he", "she", "very", "most", "more", "then", "i", "not", "this");
    /** Words after which one more word still leaves the sentence hanging ("to make", "will be"). */
    private static final Set<String> HANGING_WORDS = Set.of("to", "will", "would", "could", "should", "must",
            "can", "the", "a", "an", "my", "our", "their", "his", "her", "very");

    private static final String CLOSING = "\"'”’»“)]";

    private Phrasing() {
    }

    /** Starts like a question (a wh-word or an auxiliary verb), at the start or on the last line. */
    static boolean questionStart(String text) {
        String trimmed = text.strip();
        int lastLine = trimmed.lastIndexOf('\n');
        return QUESTION_START.matcher(trimmed).lookingAt() || lastLine >= 0
                && QUESTION_START.matcher(trimmed).region(lastLine + 1, trimmed.length()).lookingAt();
    }

    /** Sub-questions and numbered items: more than one means a multi-part request. */
    static int parts(String text) {
        return TextShape.count(text, '?') + TextShape.matches(NUMBERED_LINE, text);
    }

    /**
     * Ends unfinished: on an open word ("the", "of", "and"), after "to" or a modal ("to make"),
     * on a comma, or on an ellipsis.
     */
    static boolean endsOpen(String text) {
        String trimmed = withoutClosingQuote(text);
        if (trimmed.endsWith("...") || trimmed.endsWith("…") || trimmed.endsWith(",")) {
            return true;
        }
        int end = trimmed.length();
        int start = wordStart(trimmed, end);
        if (start == end) {
            return false;
        }
        if (OPEN_WORDS.contains(trimmed.substring(start, end).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int previousEnd = start > 0 && trimmed.charAt(start - 1) == ' ' ? start - 1 : start;
        int previousStart = wordStart(trimmed, previousEnd);
        return previousStart < previousEnd
                && HANGING_WORDS.contains(trimmed.substring(previousStart, previousEnd).toLowerCase(Locale.ROOT));
    }

    /** Four words or more, no closing punctuation, and not opening like a question. */
    static boolean unterminated(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || !Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - 1))) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < trimmed.length() && spaces < 3; i++) {
            spaces += trimmed.charAt(i) == ' ' ? 1 : 0;
        }
        return spaces >= 3 && !QUESTION_START.matcher(trimmed).lookingAt();
    }

    /** The text without trailing blanks and closing quotes: "... 'It was the best of'" ends open. */
    private static String withoutClosingQuote(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1))
                || CLOSING.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}

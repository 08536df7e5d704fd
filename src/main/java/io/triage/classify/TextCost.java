package io.triage.classify;

/**
 * The token-cost scanner behind {@link TokenEstimator}: one pass over the characters, splitting
 * them roughly as {@code cl100k_base}'s pre-tokenizer does and pricing each piece. Allocates nothing.
 */
final class TextCost {

    // Fitted against cl100k_base on English prose, Markdown, Python, Java, JavaScript and JSON.
    /** Letters a word may have and still be one token: the vocabulary holds most common words. */
    private static final int SHORT_WORD = 10;
    /** Letters per extra token beyond a short word. */
    private static final double LETTERS_PER_PIECE = 5;
    /** Punctuation marks per token: pairs such as "()", ");" and "\":" are single tokens. */
    private static final double MARKS_PER_TOKEN = 1.75;
    /** Non-CJK, non-ASCII letters per token (Cyrillic, Greek, accented Latin). */
    private static final double FOREIGN_PER_TOKEN = 1.7;

    private TextCost() {
    }

    /** Estimated tokens of {@code text}, fractional. */
    static double of(CharSequence text) {
        double total = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (Character.isLetter(c)) {
                end = runEnd(text, i, Kind.LETTER);
                total += letters(text, i, end);
            } else if (Character.isDigit(c)) {
                end = runEnd(text, i, Kind.DIGIT);
                total += Math.ceil((end - i) / 3.0);
            } else if (c == '\n' || c == '\r') {
                end = runEnd(text, i, Kind.NEWLINE);
                total += 1;
            } else if (Character.isWhitespace(c)) {
                end = runEnd(text, i, Kind.SPACE);
                // One space joins the next word; a longer run (indentation) is a token of its own,
                // and spaces before a newline join the newline.
                boolean beforeNewline = end < n && (text.charAt(end) == '\n' || text.charAt(end) == '\r');
                total += end - i > 1 && !beforeNewline ? 1 : 0;
            } else {
                end = runEnd(text, i, Kind.PUNCT);
                total += punctuation(text, i, end);
                // The tokenizer keeps the newlines after punctuation with it (";\n", "{\n").
                if (end < n && text.charAt(end) == '\n') {
                    end = runEnd(text, end, Kind.NEWLINE);
                }
            }
            i = end;
        }
        return total;
    }

    private enum Kind { LETTER, DIGIT, NEWLINE, SPACE, PUNCT }

    private static int runEnd(CharSequence text, int start, Kind kind) {
        int i = start + 1;
        while (i < text.length() && kindOf(text.charAt(i)) == kind) {
            i++;
        }
        return i;
    }

    private static Kind kindOf(char c) {
        if (Character.isLetter(c)) {
            return Kind.LETTER;
        }
        if (Character.isDigit(c)) {
            return Kind.DIGIT;
        }
        if (c == '\n' || c == '\r') {
            return Kind.NEWLINE;
        }
        return Character.isWhitespace(c) ? Kind.SPACE : Kind.PUNCT;
    }

    /** A punctuation run; its last mark joins a word that follows (".get", "(self"). */
    private static double punctuation(CharSequence text, int start, int end) {
        boolean joinsWord = end < text.length() && Character.isLetter(text.charAt(end));
        return Math.ceil((end - start - (joinsWord ? 1 : 0)) / MARKS_PER_TOKEN);
    }

    /** A letter run: ASCII humps by length, CJK one per character, other scripts by length. */
    private static double letters(CharSequence text, int start, int end) {
        double total = 0;
        int hump = 0;
        int foreign = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                boolean newHump = hump > 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1));
                if (newHump) {
                    total += hump(hump);
                    hump = 0;
                }
                hump++;
            } else if (isCjk(c)) {
                total += cjk(c);
            } else {
                foreign++;
            }
        }
        total += hump(hump);
        return total + Math.ceil(foreign / FOREIGN_PER_TOKEN);
    }

    private static double hump(int length) {
        if (length == 0) {
            return 0;
        }
        return length <= SHORT_WORD ? 1 : 1 + Math.ceil((length - SHORT_WORD) / LETTERS_PER_PIECE);
    }

    private static boolean isCjk(char c) {
        return c >= '\u1100' && cjk(c) > 0;
    }

    /** Tokens of one CJK character: most Han and kana are one token, some two; Hangul more often two. */
    private static double cjk(char c) {
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA -> 1.2;
            case HANGUL -> 1.4;
            default -> 0;
        };
    }
}

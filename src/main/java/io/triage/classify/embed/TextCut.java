package io.triage.classify.embed;

/**
 * Cuts a long text to its head and tail, by words. The instruction of a request is almost always
 * at its start or its end ("Summarise this: ..." / "... Translate the above into German"), so the
 * middle of a pasted document says little about the task and only costs embedding time.
 */
public final class TextCut {

    private static final String GAP = " … ";

    private TextCut() {
    }

    /** The last {@code words} words of {@code text}, or the text itself if shorter. */
    public static String tail(String text, int words) {
        return countWords(text) <= words ? text : lastWords(text, words);
    }

    private static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The first {@code headWords} and last {@code tailWords} words of {@code text}, or the text itself if shorter. */
    public static String headTail(String text, int headWords, int tailWords) {
        int words = 0;
        int headEnd = -1;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
                if (words == headWords + 1) {
                    headEnd = i;
                }
            }
            inWord = !space;
        }
        if (words <= headWords + tailWords) {
            return text;
        }
        String head = text.substring(0, headEnd).stripTrailing();
        return tailWords == 0 ? head : head + GAP + lastWords(text, tailWords);
    }

    private static String lastWords(String text, int count) {
        int seen = 0;
        boolean inWord = false;
        for (int i = text.length() - 1; i >= 0; i--) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                seen++;
            }
            if (space && inWord && seen == count) {
                return text.substring(i + 1);
            }
            inWord = !space;
        }
        return text.strip();
    }
}

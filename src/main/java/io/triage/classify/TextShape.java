package io.triage.classify;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural signals of a text: code, stack traces, maths notation, numbers and word problems.
 * Texts longer than {@link #SCAN_LIMIT} characters are scanned on their head only, which keeps the
 * cost flat for long documents.
 */
final class TextShape {

    static final int SCAN_LIMIT = 3_000;
    /** Counts stop here: the classifier's use of them saturates well before. */
    private static final int ENOUGH = 8;

    // Case-sensitive on purpose: SQL keywords are capitals, prose "select" is not code.
    private static final Pattern CODE_LINE_START = Pattern.compile(
            "\\s*(?:def |class |import |from [\\w.]+ import |function\\b|public |private |protected |static "
                    + "|return\\b|#include|const |let |var |fn |func |package |using |@\\w+|SELECT |INSERT INTO"
                    + "|UPDATE |DELETE FROM|CREATE TABLE|for\\s*\\(|if\\s*\\(|while\\s*\\(|for \\w+ in .+:\\s*$"
                    + "|elif |else:|try:|except\\b|catch\\s*\\(|}|</?[a-z][\\w-]*(?: [^>]*)?>"
                    + "|(?:\\$ )?(?:npm|pip|git|mvn|docker) \\w+)");
    /** Code inside a line; it needs one of the characters in {@link #CODE_MARKS}. */
    private static final Pattern CODE_IN_LINE = Pattern.compile(
            "[;{]\\s*$|=>|\\w\\.\\w+\\(|\\w\\(\\)|\\)\\s*\\{|\\$\\(|\\bdef \\w+\\(|\\bfunction\\s*\\w*\\s*\\(");
    private static final String CODE_MARKS = ";{=(";
    private static final Pattern STACK_TRACE = Pattern.compile(
            "Traceback \\(most recent call last\\)|^\\s*at [\\w.$<>]+\\([\\w.]*(?::\\d+)?\\)|Exception in thread"
                    + "|\\b\\w+(?:Error|Exception): |File \"[^\"]+\", line \\d+|panicked at|Segmentation fault"
                    + "|core dumped|is not a function|Cannot read propert|error\\[E\\d+]|\\berror TS\\d+"
                    + "|^\\w+\\.\\w+:\\d+: ", Pattern.MULTILINE);
    /** Every maths match holds a digit, a parenthesis or one of these. */
    private static final String MATH_SYMBOLS = "√∫∑∏π∞≤≥≠±∂²³";
    // Every alternative starts at a digit, a parenthesis, an operator or a symbol, never at a letter
    // (letters before "^", "=" or "(" are looked behind for), so that ordinary prose fails fast.
    // A fraction is a/b with short numbers, so that dates such as 30/09/2024 are not maths.
    private static final Pattern MATH = Pattern.compile("(?=[\\d(^=<>" + MATH_SYMBOLS + "])(?:"
            + "\\d\\s*[+*×÷^]\\s*\\(?-?\\d|(?<![\\d/])\\d{1,3}\\s*/\\s*\\d{1,3}\\b(?!\\s*/)|\\d\\s+[-−]\\s+\\d"
            + "|[" + MATH_SYMBOLS + "]|(?<=\\b[a-z]\\s{0,3})\\^\\s*\\(?\\d|(?<!\\w)\\d+(?:\\.\\d+)?[xyzn]\\b"
            + "|(?<=\\b[xyzn]\\s{0,3})[=<>]\\s*-?\\d|\\d+\\s*(?:plus|minus|times|divided by|multiplied by"
            + "|to the power of|squared|cubed|mod|modulo)\\b|(?<=\\b[fg])\\([a-z]\\)"
            + "|(?<=\\b(?:log|ln|sin|cos|tan|sqrt)\\s{0,2})\\(|\\d\\s*% of\\b|\\(\\s*[a-z]\\s*[-+*/]\\s*\\d+\\s*\\)"
            + "|(?<=\\b[a-z])/\\d|\\d\\s*=\\s*-?\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTITY_QUESTION = Pattern.compile(
            "\\b(?:how (?:many|much|far|long|fast|old|tall|heavy|often)|what (?:is|was|will be|would be) the"
                    + " (?:\\w+ )?(?:total|sum|product|average|mean|cost|price|speed|distance|probability|area"
                    + "|volume|perimeter|percentage|remainder|value|number|chance|odds)|calculate|compute"
                    + "|find the (?:value|total|sum|number|area|probability|cost|speed)|work out|left over"
                    + "|in total|altogether|each (?:get|receive|pay)|what (?:does|did|will|would)"
                    + " (?:he|she|they|it|i|we|you) (?:earn|pay|spend|save|get|make|owe|need))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Triggers STACK_TRACE_TRIGGERS = Triggers.of(STACK_TRACE.pattern());
    private static final Triggers QUANTITY_TRIGGERS = Triggers.of(QUANTITY_QUESTION.pattern());

    private TextShape() {
    }

    /** Code fences: an unclosed fence counts as one. */
    static int codeFences(String text) {
        int count = 0;
        for (int i = text.indexOf("```"); i >= 0 && i < SCAN_LIMIT; i = text.indexOf("```", i + 3)) {
            count++;
        }
        return (count + 1) / 2;
    }

    /** Lines that look like source code, up to {@value #ENOUGH}. */
    static int codeLines(String text) {
        Matcher start = CODE_LINE_START.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
        Matcher inside = CODE_IN_LINE.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
        int count = 0;
        int end = Math.min(text.length(), SCAN_LIMIT);
        for (int from = 0; from < end && count < ENOUGH; ) {
            int newline = text.indexOf('\n', from);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            if (lineEnd > from && (start.region(from, lineEnd).lookingAt()
                    || hasAny(text, from, lineEnd, CODE_MARKS) && inside.region(from, lineEnd).find())) {
                count++;
            }
            from = lineEnd + 1;
        }
        return count;
    }

    private static boolean hasAny(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Inline code spans such as {@code `foo()`}. */
    static int inlineCode(String text) {
        return count(text, '`') / 2;
    }

    static boolean stackTrace(String text) {
        return STACK_TRACE_TRIGGERS.mayMatch(lowerCaseHead(text)) && head(STACK_TRACE, text).find();
    }

    /** Pieces of maths notation (arithmetic, powers, equations, symbols), up to {@value #ENOUGH}. */
    static int mathMarks(String text) {
        int end = Math.min(text.length(), SCAN_LIMIT);
        boolean candidate = false;
        for (int i = 0; i < end && !candidate; i++) {
            char c = text.charAt(i);
            candidate = Character.isDigit(c) || c == '(' || c > 127 && MATH_SYMBOLS.indexOf(c) >= 0;
        }
        return candidate ? Math.min(ENOUGH, matches(MATH, text)) : 0;
    }

    /**
     * Numbers outside {@link Quotes} (quoted numbers are material to read, not to compute with); a
     * decimal point or thousands separator inside a number does not start another.
     */
    static int numbers(String text) {
        int end = Math.min(text.length(), SCAN_LIMIT);
        boolean[] quoted = Quotes.mask(text, end);
        int count = 0;
        boolean inNumber = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean digit = !quoted[i] && Character.isDigit(c);
            boolean joiner = inNumber && (c == '.' || c == ',') && i + 1 < end
                    && Character.isDigit(text.charAt(i + 1));
            if (digit && !inNumber) {
                count++;
            }
            inNumber = digit || joiner;
        }
        return count;
    }

    /** Asks for a quantity ("how many", "what is the total", "calculate"). */
    static boolean quantityQuestion(String text) {
        return QUANTITY_TRIGGERS.mayMatch(lowerCaseHead(text)) && head(QUANTITY_QUESTION, text).find();
    }

    /** How often a character occurs in the scanned head of a text. */
    static int count(String text, char wanted) {
        int count = 0;
        for (int i = 0, end = Math.min(text.length(), SCAN_LIMIT); i < end; i++) {
            if (text.charAt(i) == wanted) {
                count++;
            }
        }
        return count;
    }

    /** How often a pattern matches in the scanned head of a text. */
    static int matches(Pattern pattern, String text) {
        Matcher matcher = head(pattern, text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String lowerCaseHead(String text) {
        return text.substring(0, Math.min(text.length(), SCAN_LIMIT)).toLowerCase(Locale.ROOT);
    }

    private static Matcher head(Pattern pattern, String text) {
        return pattern.matcher(text).region(0, Math.min(text.length(), SCAN_LIMIT)).useTransparentBounds(true);
    }
}

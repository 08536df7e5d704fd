package io.triage.classify.pii;

/**
 * Tells a number that is an operand of arithmetic ({@code 3 + 555-123-4567}, {@code +12 345 678 = x})
 * from one that stands alone in text: maths must not read as a phone number.
 */
final class Arithmetic {

    private static final String OPERATORS = "+-*/^×÷=";

    private Arithmetic() {
    }

    /**
     * Whether {@code text[start, end)} is an operand: a number or a closing parenthesis right before it,
     * or a binary operator between it and another number on either side.
     */
    static boolean isOperand(String text, int start, int end) {
        int before = skipSpaces(text, start - 1, -1);
        if (before >= 0) {
            char c = text.charAt(before);
            if (isNumberEdge(c)) {
                return true;
            }
            int operand = skipSpaces(text, before - 1, -1);
            if (c != '=' && OPERATORS.indexOf(c) >= 0 && operand >= 0 && isNumberEdge(text.charAt(operand))) {
                return true;
            }
        }
        int after = skipSpaces(text, end, 1);
        if (after < text.length() && OPERATORS.indexOf(text.charAt(after)) >= 0) {
            int operand = skipSpaces(text, after + 1, 1);
            return operand < text.length() && (isNumberEdge(text.charAt(operand)) || text.charAt(operand) == '(');
        }
        return false;
    }

    private static boolean isNumberEdge(char c) {
        return Chars.isDigit(c) || c == ')';
    }

    private static int skipSpaces(String text, int from, int step) {
        int i = from;
        while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
            i += step;
        }
        return i;
    }
}

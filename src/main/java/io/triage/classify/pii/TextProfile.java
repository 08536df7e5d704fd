package io.triage.classify.pii;

/**
 * Character counts of a text, taken in one pass, that tell the recognizers which kinds cannot occur:
 * prose without digits holds no card, phone or IBAN, and a text without {@code @} holds no email.
 *
 * @param length the text's length
 * @param digits ASCII digits
 * @param upper  ASCII capitals
 * @param ats    {@code @} signs
 * @param dots   full stops
 * @param colons colons
 */
record TextProfile(int length, int digits, int upper, int ats, int dots, int colons) {

    static TextProfile of(String text) {
        int digits = 0;
        int upper = 0;
        int ats = 0;
        int dots = 0;
        int colons = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c == '@') {
                ats++;
            } else if (c == '.') {
                dots++;
            } else if (c == ':') {
                colons++;
            }
        }
        return new TextProfile(text.length(), digits, upper, ats, dots, colons);
    }
}

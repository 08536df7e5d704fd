package io.triage.classify.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM private keys ({@code -----BEGIN RSA PRIVATE KEY-----}, {@code OPENSSH}, {@code EC},
 * {@code ENCRYPTED}, PGP {@code PRIVATE KEY BLOCK}). A finding runs from the BEGIN line to the matching
 * END line when one follows within {@value #MAX_BLOCK} characters, also when the key sits in a JSON
 * string with {@code \n} escapes; a truncated key without END runs over the base64 body that follows
 * the BEGIN line (letters, digits, {@code + / = \}, line breaks).
 */
final class PemBlocks {

    static final int MAX_BLOCK = 16_384;
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----");
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    private static final int MAX_LABEL = 64;
    private static final int UNKNOWN = -2;

    private PemBlocks() {
    }

    static void find(String text, List<PiiFinding> out) {
        Matcher begin = BEGIN.matcher(text);
        int nextEnd = UNKNOWN;
        int covered = 0;
        while (begin.find()) {
            if (begin.start() < covered) {
                continue;
            }
            // Searches only move forward, and "no END after here" is remembered, so many BEGINs stay linear.
            if (nextEnd != -1 && nextEnd < begin.end()) {
                nextEnd = text.indexOf(END, begin.end());
            }
            int blockEnd = closingEnd(text, begin.end(), nextEnd);
            covered = blockEnd >= 0 ? blockEnd : bodyEnd(text, begin.end());
            out.add(new PiiFinding(PiiKind.SECRET, begin.start(), covered));
        }
    }

    /** The index after the END line that closes a private key, or -1. */
    private static int closingEnd(String text, int bodyStart, int end) {
        if (end < 0 || end - bodyStart > MAX_BLOCK) {
            return -1;
        }
        int labelStart = end + END.length();
        int close = text.indexOf(DASHES, labelStart);
        if (close < 0 || close - labelStart > MAX_LABEL) {
            return -1;
        }
        String label = text.substring(labelStart, close);
        return label.endsWith("PRIVATE KEY") || label.endsWith("PRIVATE KEY BLOCK") ? close + DASHES.length() : -1;
    }

    private static int bodyEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isBodyChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBodyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '+' || c == '/' || c == '=' || c == '\\' || c == '\n' || c == '\r';
    }
}

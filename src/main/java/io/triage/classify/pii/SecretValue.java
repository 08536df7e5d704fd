package io.triage.classify.pii;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Tells a credential from the other things that follow {@code password=} or {@code Bearer}: code
 * ({@code settings.API_KEY}, {@code getToken()}), placeholders ({@code ${DB_PASSWORD}},
 * {@code <your-key>}, {@code xxxx}), paths and ordinary words.
 * <p>
 * A value is likely a secret when, trailing base64 padding aside, it has at least {@value #MIN_LENGTH}
 * characters, at least two character classes (lower case, capitals, digits, symbols other than
 * {@code _ - .}) of which one is not letters, and a Shannon entropy of at least {@value #ENTROPY_BITS}
 * bits per character. A value of n characters cannot exceed log2(n) bits, so values shorter than 14
 * characters need 0.8·log2(n) instead: 2.4 bits for eight characters, which {@code Pa55w0rd} (2.75)
 * passes and {@code aaaaaaa1} (0.54) does not.
 */
final class SecretValue {

    static final int MIN_LENGTH = 8;
    static final double ENTROPY_BITS = 3.0;

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(?:\\$|%|<|\\{\\{|/|~|\\.\\.?/)|://|\\*{3}|\\.{3}"
                    + "|(?i:x{4}|your|example|placeholder|redacted|dummy|sample)");
    private static final Pattern CODE_REFERENCE = Pattern.compile(
            "[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");

    private SecretValue() {
    }

    /** Whether a value assigned to a password or key looks like a real credential. */
    static boolean isLikely(String value) {
        String unpadded = withoutPadding(value);
        if (unpadded.length() < MIN_LENGTH || classes(unpadded) < 2 || isLettersOnly(unpadded)) {
            return false;
        }
        double threshold = Math.min(ENTROPY_BITS, 0.8 * Math.log(unpadded.length()) / Math.log(2));
        // The cheap tests first: the patterns below only see values that already look random.
        return entropy(unpadded) >= threshold && !PLACEHOLDER.matcher(unpadded).find()
                && !CODE_REFERENCE.matcher(unpadded).matches();
    }

    /** Letters only ({@code computedSecret}, {@code storePassword}) is a name in code or a word. */
    private static boolean isLettersOnly(String value) {
        return value.chars().allMatch(Character::isLetter);
    }

    /** Base64 padding is no sign of randomness. */
    private static String withoutPadding(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '=') {
            end--;
        }
        return value.substring(0, end);
    }

    /** Whether a token body is random: capitals, lower case and digits, and at least 3 bits a character. */
    static boolean isRandom(String body) {
        return body.chars().anyMatch(Character::isUpperCase) && body.chars().anyMatch(Character::isLowerCase)
                && body.chars().anyMatch(Character::isDigit) && entropy(body) >= ENTROPY_BITS;
    }

    static boolean hasDigit(String value) {
        return value.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** Shannon entropy in bits per character: -Σ p·log2(p) over the characters' frequencies. */
    static double entropy(String value) {
        char[] chars = value.toCharArray();
        Arrays.sort(chars);
        double bits = 0;
        int run = 1;
        for (int i = 1; i <= chars.length; i++) {
            if (i < chars.length && chars[i] == chars[i - 1]) {
                run++;
            } else {
                double p = (double) run / chars.length;
                bits -= p * Math.log(p) / Math.log(2);
                run = 1;
            }
        }
        return bits;
    }

    private static int classes(String value) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            symbol |= !Character.isLetterOrDigit(c) && "_-.".indexOf(c) < 0;
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}

package io.triage.classify.pii;

/** The check-digit algorithms that separate real card, IBAN and NIR numbers from look-alikes. */
final class Checksums {

    private Checksums() {
    }

    /** The ASCII digits of {@code text[start, end)}, separators dropped. */
    static String digits(CharSequence text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** The Luhn (mod 10) check used by payment cards. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * The ISO 13616 IBAN check: the first four characters moved to the end, letters read as 10 to 35,
     * the resulting number mod 97 must be 1. {@code iban} is upper-case letters and digits only.
     */
    static boolean ibanMod97(String iban) {
        String rotated = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rotated.length(); i++) {
            int value = Character.digit(rotated.charAt(i), 36);
            remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }

    /**
     * The French NIR key: 97 minus the 13-character number mod 97, where Corsican departments 2A and
     * 2B count as 19 and 18.
     */
    static boolean nirKey(String number, int key) {
        String numeric = number.replace("2A", "19").replace("2B", "18");
        long value = Long.parseLong(numeric);
        return 97 - value % 97 == key;
    }
}

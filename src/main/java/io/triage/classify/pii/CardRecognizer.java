package io.triage.classify.pii;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Payment card numbers: 13 to 19 digits, either in one run or grouped by spaces or dashes as cards
 * print them (4-4-4-4, Amex 4-6-5, Diners 4-6-4, 4-4-5), whose Luhn check passes and whose first digits
 * and length belong to a known issuer. A random 16-digit number passes Luhn one time in ten; the issuer
 * table and the grouping rule cut that further but cannot rule out an order number that happens to
 * look like a Visa card.
 */
final class CardRecognizer implements Recognizer {

    private static final Anchored CARD = Anchored.of(
            "(?<![\\w.+-])(?:\\d{13,19}|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}|\\d{4}([ -])\\d{6}\\2\\d{4,5}"
                    + "|\\d{4}([ -])\\d{4}\\3\\d{5})(?!\\w|\\.\\d)", 19);
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;
    private static final int GROUP = 4;

    /** A range of leading digits, compared on as many digits as the bounds have, and the lengths it issues. */
    private record Issuer(String from, String to, int minLength, int maxLength) {

        boolean issued(String number) {
            String prefix = number.substring(0, from.length());
            return prefix.compareTo(from) >= 0 && prefix.compareTo(to) <= 0
                    && number.length() >= minLength && number.length() <= maxLength;
        }
    }

    private static final List<Issuer> ISSUERS = List.of(
            new Issuer("4", "4", 13, 13), new Issuer("4", "4", 16, 16), new Issuer("4", "4", 19, 19), // Visa
            new Issuer("51", "55", 16, 16), new Issuer("2221", "2720", 16, 16), // Mastercard
            new Issuer("34", "34", 15, 15), new Issuer("37", "37", 15, 15), // American Express
            new Issuer("6011", "6011", 16, 19), new Issuer("644", "649", 16, 19), new Issuer("65", "65", 16, 19),
            new Issuer("3528", "3589", 16, 19), // JCB
            new Issuer("300", "305", 14, 19), new Issuer("36", "36", 14, 19), new Issuer("38", "39", 16, 19), // Diners
            new Issuer("62", "62", 16, 19), // UnionPay
            new Issuer("2200", "2204", 16, 16), // Mir
            new Issuer("5018", "5018", 13, 19), new Issuer("5020", "5020", 13, 19), // Maestro
            new Issuer("5038", "5038", 13, 19), new Issuer("5893", "5893", 13, 19),
            new Issuer("6304", "6304", 13, 19), new Issuer("6759", "6759", 13, 19),
            new Issuer("6761", "6763", 13, 19));

    @Override
    public PiiKind kind() {
        return PiiKind.CREDIT_CARD;
    }

    @Override
    public boolean mightOccur(TextProfile profile) {
        return profile.digits() >= 13;
    }

    @Override
    public void find(String text, List<PiiFinding> out) {
        Anchored.Finder card = CARD.in(text);
        for (int i = 0; i < text.length(); i++) {
            if (Chars.digitRunStarts(text, i)) {
                int run = Chars.digitRun(text, i, MAX_DIGITS + 1);
                char next = Chars.charAt(text, i + run);
                boolean grouped = run == GROUP && (next == ' ' || next == '-') && Chars.digitAt(text, i + run + 1);
                if (grouped || run >= MIN_DIGITS && run <= MAX_DIGITS) {
                    addAt(card, i, 0, CardRecognizer::isCard, out);
                }
                i += run - 1;
            }
        }
    }

    private static boolean isCard(MatchResult match) {
        String number = Checksums.digits(match.group(), 0, match.group().length());
        return Checksums.luhn(number) && ISSUERS.stream().anyMatch(issuer -> issuer.issued(number));
    }
}

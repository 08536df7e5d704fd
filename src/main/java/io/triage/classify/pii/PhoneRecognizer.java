package io.triage.classify.pii;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Telephone numbers in two families:
 * <ul>
 *   <li>international, with {@code +} or {@code 00} and a country code, in groups separated by spaces,
 *       dots or dashes, with an optional area code or trunk in parentheses: {@code +44 20 7946 0958},
 *       {@code +49 (0)30 1234 5678}, {@code 0033 1 23 45 67 89}; {@code +} also allows no grouping
 *       ({@code +14155550123}). They need 9 to 15 digits (E.164 allows 15); {@code 00} numbers may not
 *       use dots, and a single dot makes a signed decimal ({@code +35236450.6}), not a number;</li>
 *   <li>North American: {@code (555) 123-4567}, {@code 555-123-4567}, {@code 555.123.4567}, with an
 *       optional leading {@code 1} or {@code +1}; the area code starts with 2 to 9 and both separators
 *       are the same.</li>
 * </ul>
 * Skipped: operands of arithmetic (see {@link Arithmetic}), numbers of one repeated digit
 * ({@code +999999999}, {@code 555-555-5555}), and expanded ISO dates ({@code +12024-01-15}). National
 * formats without a country code other than North American ones are not recognized:
 * {@code 020 7946 0958} is too close to ordinary numbers.
 */
final class PhoneRecognizer implements Recognizer {

    private static final Anchored INTERNATIONAL = Anchored.of(
            "(?<![\\w+])(?:\\+|00)[1-9]\\d{0,3}(?:[ .-]?\\(0?\\d{1,4}\\))?[ .-]?\\d{1,8}(?:[ .-]\\d{1,8}){0,6}"
                    + "(?!\\w)", 80);
    private static final Anchored E164 = Anchored.of("(?<![\\w+])\\+[1-9]\\d{8,14}(?!\\w|[.-]\\d)", 16);
    private static final Anchored NORTH_AMERICAN = Anchored.of(
            "(?<![\\w+.-])(?:\\+?1[ .-]?)?(?:\\([2-9]\\d{2}\\)[ .-]?\\d{3}[ .-]\\d{4}|[2-9]\\d{2}([.-])\\d{3}\\1\\d{4})"
                    + "(?!\\w|[.-]\\d)", 20);
    private static final Pattern DATE_TAIL = Pattern.compile("\\d{4,}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$");
    private static final int MIN_DIGITS = 9;
    private static final int MAX_DIGITS = 15;

    @Override
    public PiiKind kind() {
        return PiiKind.PHONE;
    }

    @Override
    public boolean mightOccur(TextProfile profile) {
        return profile.digits() >= MIN_DIGITS;
    }

    @Override
    public void find(String text, List<PiiFinding> out) {
        Anchored.Finder international = INTERNATIONAL.in(text);
        Anchored.Finder e164 = E164.in(text);
        Anchored.Finder northAmerican = NORTH_AMERICAN.in(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plus = c == '+' && Chars.digitAt(text, i + 1);
            if (plus || c == '0' && Chars.charAt(text, i + 1) == '0' && !Chars.digitAt(text, i - 1)) {
                addAt(international, i, 0, match -> isInternational(match) && standsAlone(text, match), out);
            }
            if (plus) {
                addAt(e164, i, 0, match -> standsAlone(text, match), out);
            }
            if (plus || c == '(' && Chars.digitAt(text, i + 1) || startsNorthAmerican(text, i)) {
                addAt(northAmerican, i, 0, match -> standsAlone(text, match), out);
            }
        }
    }

    /** {@code 555-} or {@code 555.}, or a leading {@code 1} before a separator or parenthesis. */
    private static boolean startsNorthAmerican(String text, int i) {
        if (!Chars.digitRunStarts(text, i)) {
            return false;
        }
        int run = Chars.digitRun(text, i, 4);
        char next = Chars.charAt(text, i + run);
        return run == 3 && (next == '-' || next == '.')
                || run == 1 && text.charAt(i) == '1' && " .-(".indexOf(next) >= 0;
    }

    private static boolean isInternational(MatchResult match) {
        String number = match.group();
        int digits = Checksums.digits(number, 0, number.length()).length() - (number.contains("(0)") ? 1 : 0);
        int dots = count(number, '.');
        boolean grouped = number.startsWith("00") ? dots == 0 && separators(number) >= 2 : dots != 1;
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS && grouped && !DATE_TAIL.matcher(number).find();
    }

    private static boolean standsAlone(String text, MatchResult match) {
        String digits = Checksums.digits(text, match.start(), match.end());
        boolean oneDigitRepeated = digits.chars().allMatch(d -> d == digits.charAt(0));
        return !oneDigitRepeated && !Arithmetic.isOperand(text, match.start(), match.end());
    }

    private static int separators(String number) {
        return count(number, ' ') + count(number, '-') + count(number, '(');
    }

    private static int count(String number, char c) {
        return (int) number.chars().filter(ch -> ch == c).count();
    }
}

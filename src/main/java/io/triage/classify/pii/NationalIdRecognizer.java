package io.triage.classify.pii;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * National identity numbers of three countries:
 * <ul>
 *   <li>US Social Security numbers, {@code AAA-GG-SSSS} with dashes or spaces, excluding the ranges
 *       the SSA never issues: area 000, 666 and 900-999, group 00, serial 0000. Nine bare digits are
 *       not matched: without separators they are any number;</li>
 *   <li>UK National Insurance numbers, {@code AB 12 34 56 C} with or without spaces: two prefix letters
 *       (not D, F, I, Q, U, V; the second not O; not BG, GB, KN, NK, NT, TN, ZZ), six digits, a suffix
 *       A to D; capitals only;</li>
 *   <li>French NIR (INSEE) numbers, {@code 1 85 05 78 006 084 36} with or without spaces: sex 1 or 2,
 *       year, month 01-12, department (2A and 2B for Corsica), commune, order number and a key that must
 *       equal 97 minus the first thirteen digits mod 97.</li>
 * </ul>
 * Not covered: other countries' numbers (German Steuer-ID, Spanish DNI/NIE, Italian codice fiscale,
 * Dutch BSN, Canadian SIN, Indian Aadhaar and PAN, ...), passport, driving-licence and health-insurance
 * numbers, and NIRs of people born abroad whose month is coded 20 or above.
 */
final class NationalIdRecognizer implements Recognizer {

    private static final Anchored SSN = Anchored.of(
            "(?<![\\w-])(?!000|666|9)\\d{3}([- ])(?!00)\\d{2}\\1(?!0000)\\d{4}(?!\\w|-\\d)", 11);
    private static final Anchored NINO = Anchored.of(
            "(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                    + " ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![A-Za-z0-9])", 13);
    private static final Anchored NIR = Anchored.of(
            "(?<![\\w-])([12]) ?(\\d{2}) ?(0[1-9]|1[0-2]) ?(\\d{2}|2[AB]) ?(\\d{3}) ?(\\d{3}) ?(\\d{2})"
                    + "(?!\\w|-\\d)", 21);

    private static final int NIR_DIGITS = 15;
    private static final int CORSICA_PREFIX = 6;

    @Override
    public PiiKind kind() {
        return PiiKind.NATIONAL_ID;
    }

    @Override
    public boolean mightOccur(TextProfile profile) {
        return profile.digits() >= 6;
    }

    @Override
    public void find(String text, List<PiiFinding> out) {
        Anchored.Finder ssn = SSN.in(text);
        Anchored.Finder nino = NINO.in(text);
        Anchored.Finder nir = NIR.in(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.digitRunStarts(text, i)) {
                int run = Chars.digitRun(text, i, NIR_DIGITS + 1);
                char next = Chars.charAt(text, i + run);
                if (run == 3 && (next == '-' || next == ' ')) {
                    addAt(ssn, i, 0, match -> true, out);
                }
                if ((c == '1' || c == '2') && startsNir(run, next)) {
                    addAt(nir, i, 0, NationalIdRecognizer::hasValidKey, out);
                }
                i += run - 1;
            } else if (Chars.isUpper(c) && startsNino(text, i)) {
                addAt(nino, i, 0, match -> true, out);
            }
        }
    }

    /** As printed ({@code 1 85 ...}), in one run of 15 or 13 + key, or in one run up to Corsica's 2A/2B. */
    private static boolean startsNir(int run, char next) {
        return run == 1 && next == ' ' || run == NIR_DIGITS || run == NIR_DIGITS - 2
                || run == CORSICA_PREFIX && (next == 'A' || next == 'B');
    }

    private static boolean startsNino(String text, int i) {
        return i + 2 < text.length() && Chars.isUpper(text.charAt(i + 1))
                && (Chars.digitAt(text, i + 2) || text.charAt(i + 2) == ' ' && Chars.digitAt(text, i + 3));
    }

    private static boolean hasValidKey(MatchResult match) {
        String number = match.group(1) + match.group(2) + match.group(3) + match.group(4) + match.group(5)
                + match.group(6);
        return Checksums.nirKey(number, Integer.parseInt(match.group(7)));
    }
}

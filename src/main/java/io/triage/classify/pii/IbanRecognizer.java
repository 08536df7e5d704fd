package io.triage.classify.pii;

import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * International bank account numbers: a country code, two check digits and the national account
 * number, written in one run or in groups of four separated by single spaces. The country must use
 * IBANs, the length must be that country's, and the ISO 13616 mod-97 check must pass. Only capitals
 * are recognized; an IBAN written in lower case is missed.
 */
final class IbanRecognizer implements Recognizer {

    // Possessive, so that a long run of capitals and digits is cut into fours once and never re-cut.
    private static final Anchored CANDIDATE = Anchored.of(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}+(?: ?[A-Z0-9]{1,3})?+", 42);

    /** IBAN lengths per country, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
            Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
            Map.entry("VG", 24), Map.entry("XK", 20));

    @Override
    public PiiKind kind() {
        return PiiKind.IBAN;
    }

    @Override
    public boolean mightOccur(TextProfile profile) {
        return profile.length() >= 15 && profile.upper() >= 2 && profile.digits() >= 2;
    }

    @Override
    public void find(String text, List<PiiFinding> out) {
        Anchored.Finder candidates = CANDIDATE.in(text);
        for (int i = 0; i + 3 < text.length(); i++) {
            if (Chars.isUpper(text.charAt(i)) && Chars.isUpper(text.charAt(i + 1)) && Chars.digitAt(text, i + 2)
                    && Chars.digitAt(text, i + 3)) {
                MatchResult match = candidates.at(i, candidate -> ibanEnd(text, candidate) > 0);
                if (match != null) {
                    out.add(new PiiFinding(kind(), match.start(), ibanEnd(text, match)));
                }
            }
        }
    }

    /**
     * Where the IBAN in the candidate ends, or -1 when there is none. The candidate may run on into
     * a following group of capitals ("... 7034 THEN"), so it is cut at the country's length, and the cut
     * must fall at the end of a word.
     */
    private static int ibanEnd(String text, MatchResult match) {
        Integer length = LENGTHS.get(text.substring(match.start(), match.start() + 2));
        if (length == null) {
            return -1;
        }
        StringBuilder iban = new StringBuilder(length);
        int i = match.start();
        while (i < match.end() && iban.length() < length) {
            char c = text.charAt(i++);
            if (c != ' ') {
                iban.append(c);
            }
        }
        boolean wordEnds = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
        return iban.length() == length && wordEnds && Checksums.ibanMod97(iban.toString()) ? i : -1;
    }
}

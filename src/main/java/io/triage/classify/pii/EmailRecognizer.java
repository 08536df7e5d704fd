package io.triage.classify.pii;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Email addresses: an ASCII local part of up to 64 characters, {@code @}, one to eight domain labels
 * and an alphabetic top-level domain. Skips SSH remotes ({@code git@host:repo}) and retina image
 * names ({@code icon@2x.png}), which have the shape but hold nobody's address.
 */
final class EmailRecognizer implements Recognizer {

    private static final int MAX_LOCAL = 64;
    private static final Anchored EMAIL = Anchored.of(
            "(?<![A-Za-z0-9._%+-])([A-Za-z0-9_%+-][A-Za-z0-9._%+-]{0,63})@"
                    + "((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24})(?![A-Za-z0-9-])", 620);
    private static final Pattern RETINA = Pattern.compile("\\d{1,2}x\\..*");

    @Override
    public PiiKind kind() {
        return PiiKind.EMAIL;
    }

    @Override
    public boolean mightOccur(TextProfile profile) {
        return profile.ats() > 0 && profile.dots() > 0;
    }

    @Override
    public void find(String text, List<PiiFinding> out) {
        Anchored.Finder email = EMAIL.in(text);
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            // A local part longer than 64 characters cannot match, so the walk back stops there.
            int start = at;
            while (start > 0 && at - start <= MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            addAt(email, start, 0, EmailRecognizer::isAddress, out);
        }
    }

    private static boolean isLocalChar(char c) {
        return Chars.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
    }

    private static boolean isAddress(MatchResult match) {
        return !match.group(1).equals("git") && !RETINA.matcher(match.group(2)).matches();
    }
}

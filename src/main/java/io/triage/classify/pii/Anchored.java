package io.triage.classify.pii;

import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that is tried only where a cheap character scan says a match may start, anchored there
 * ({@code lookingAt} on a region of at most {@code maxLength} characters), instead of at every index
 * of the text: a regex engine spends tens of nanoseconds per index even when nothing matches. The
 * region's bounds are transparent, so look-arounds still see the text around it.
 *
 * @param pattern   the compiled pattern
 * @param maxLength the longest match the pattern can produce
 */
record Anchored(Pattern pattern, int maxLength) {

    static Anchored of(String regex, int maxLength) {
        return new Anchored(Pattern.compile(regex), maxLength);
    }

    /** A finder over {@code text}; it keeps state, so use one per scan. */
    Finder in(String text) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        return new Finder(matcher, text.length(), maxLength);
    }

    /** Tries the pattern at increasing starts, skipping those inside the last accepted match. */
    static final class Finder {

        private final Matcher matcher;
        private final int textLength;
        private final int maxLength;
        private int covered;

        private Finder(Matcher matcher, int textLength, int maxLength) {
            this.matcher = matcher;
            this.textLength = textLength;
            this.maxLength = maxLength;
        }

        /** The match that starts exactly at {@code start} and passes {@code check}, or null. */
        MatchResult at(int start, Predicate<MatchResult> check) {
            if (start < covered || start < 0 || start >= textLength) {
                return null;
            }
            matcher.region(start, (int) Math.min(textLength, (long) start + maxLength));
            if (!matcher.lookingAt()) {
                return null;
            }
            MatchResult match = matcher.toMatchResult();
            if (!check.test(match)) {
                return null;
            }
            covered = match.end();
            return match;
        }
    }
}

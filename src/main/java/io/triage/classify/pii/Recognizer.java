package io.triage.classify.pii;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;

/**
 * Finds one kind of personal data. Implementations are stateless and thread-safe. Each scans the text
 * by hand for the few places a match can start (an {@code @}, the start of a run of digits, a key
 * prefix) and tries its {@link Anchored} patterns there only. Every pattern also starts with a
 * look-behind that rejects a start inside a run of its own characters, and uses bounded or possessive
 * quantifiers, so a scan stays linear on adversarial input.
 */
interface Recognizer {

    /** The kind this recognizer reports. */
    PiiKind kind();

    /** A cheap test on the text's character counts: false when the kind cannot occur, sparing the scan. */
    boolean mightOccur(TextProfile profile);

    /** Adds every occurrence in {@code text} to {@code out}. */
    void find(String text, List<PiiFinding> out);

    /** Adds a finding over {@code group} of the match at {@code start}, if there is one and it passes. */
    default void addAt(Anchored.Finder finder, int start, int group, Predicate<MatchResult> check,
            List<PiiFinding> out) {
        MatchResult match = finder.at(start, check);
        if (match != null) {
            out.add(new PiiFinding(kind(), match.start(group), match.end(group)));
        }
    }
}

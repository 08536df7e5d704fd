package io.triage.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instruction keyword or phrase that votes for a task, with its weight: about 3 for an explicit
 * instruction ("translate", "summarize"), 2 for a strong hint, 1 for a weak one.
 *
 * @param task     the task the phrase votes for
 * @param weight   how strongly
 * @param pattern  the phrase, case-insensitive
 * @param anchored whether the phrase only matches at the start of the text, so that its position
 *                 already says it leads the message and earns no position bonus
 * @param triggers the literal strings any match must contain, to skip the pattern cheaply
 */
record Cue(Task task, double weight, Pattern pattern, boolean anchored, Triggers triggers) {

    /** Case-insensitive in every script, and {@code \b}, {@code \w} know letters beyond ASCII. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;

    static Cue of(Task task, double weight, String regex) {
        return new Cue(task, weight, Pattern.compile(regex, FLAGS), regex.startsWith("^"),
                Triggers.of(regex));
    }

    /** A matcher over {@code text[start, end)} that sees the text around it for {@code \b}. */
    Matcher matcher(CharSequence text, int start, int end) {
        return pattern.matcher(text).region(start, end).useTransparentBounds(true);
    }
}

package io.triage.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap necessary condition for a regex to match: literal strings that any match must contain,
 * checked with {@code contains} on the lower-cased text before the regex runs. Java regexes try
 * every position with every alternative; with a hundred and more cues that costs hundreds of
 * microseconds a message, the check a few.
 *
 * <p>The condition is an "or" over the regex's top-level alternatives; each alternative holds the
 * pieces it requires, all of which must be present; a piece is a run of literal characters, or a
 * required group, any of whose alternatives' strings will do. The parser reads the subset of regex
 * syntax the cues use: literals, escapes, character classes, groups, flag groups, lookarounds,
 * alternation and quantifiers. Anything it does not understand only makes the condition looser,
 * never wrong: an alternative with no required piece makes the whole condition always true.
 */
final class Triggers {

    /** Each alternative's required pieces; a piece is satisfied by any of its strings. */
    private final List<List<Set<String>>> alternatives;

    private Triggers(List<List<Set<String>>> alternatives) {
        this.alternatives = alternatives;
    }

    /** The condition for a regex; the strings are lower-cased. */
    static Triggers of(String regex) {
        return new Triggers(new Parser(regex).alternatives());
    }

    /** True unless the lower-cased text lacks a piece of every alternative, so no match is possible. */
    boolean mayMatch(String lowerCaseText) {
        for (List<Set<String>> pieces : alternatives) {
            if (containsAll(lowerCaseText, pieces)) {
                return true;
            }
        }
        return alternatives.isEmpty();
    }

    /** True when the condition rules nothing out. */
    boolean always() {
        return alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty);
    }

    /** Each alternative's required pieces, for {@link TriggerScan}. */
    List<List<Set<String>>> alternatives() {
        return alternatives;
    }

    private static boolean containsAll(String text, List<Set<String>> pieces) {
        for (Set<String> piece : pieces) {
            if (!containsAny(text, piece)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String text, Set<String> strings) {
        for (String string : strings) {
            if (text.contains(string)) {
                return true;
            }
        }
        return false;
    }

    /** A recursive-descent reader of the regex source. */
    private static final class Parser {

        private final String regex;
        private int at;

        Parser(String regex) {
            this.regex = regex;
        }

        /** The alternatives up to the end or a closing parenthesis, each with its required pieces. */
        List<List<Set<String>>> alternatives() {
            List<List<Set<String>>> alternatives = new ArrayList<>();
            while (true) {
                alternatives.add(sequence());
                if (at >= regex.length() || regex.charAt(at) == ')') {
                    return alternatives;
                }
                at++; // '|'
            }
        }

        private List<Set<String>> sequence() {
            List<Set<String>> pieces = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Set<String> group = null;
                Character literal = null;
                char c = regex.charAt(at);
                if (c == '(') {
                    group = group();
                } else if (c == '[') {
                    skipClass();
                } else if (c == '\\') {
                    char escaped = regex.charAt(at + 1);
                    at += 2;
                    literal = Character.isLetterOrDigit(escaped) ? null : escaped;
                } else {
                    at++;
                    literal = c == '.' || c == '^' || c == '$' ? null : c;
                }
                boolean optional = quantifier();
                if (literal != null && !optional) {
                    run.append(literal);
                } else {
                    flush(run, pieces);
                }
                if (group != null && !optional) {
                    pieces.add(group);
                }
            }
            flush(run, pieces);
            return pieces;
        }

        /** Any of a group's strings; null for a lookaround or when an alternative requires nothing. */
        private Set<String> group() {
            at++; // '('
            boolean lookaround = regex.startsWith("?=", at) || regex.startsWith("?!", at)
                    || regex.startsWith("?<=", at) || regex.startsWith("?<!", at);
            if (lookaround) {
                at += regex.charAt(at + 1) == '<' ? 3 : 2;
            } else if (regex.charAt(at) == '?') {
                at = regex.indexOf(':', at) + 1; // (?:...) or a flag group such as (?-i:...)
            }
            Set<String> any = new LinkedHashSet<>();
            for (List<Set<String>> pieces : alternatives()) {
                Set<String> best = pieces.stream().max(Parser::bySelectivity).orElse(null);
                if (best == null) {
                    any = null;
                } else if (any != null) {
                    any.addAll(best);
                }
            }
            at++; // ')'
            return lookaround ? null : any;
        }

        /** Consumes a quantifier, if any; true when it allows zero repetitions. */
        private boolean quantifier() {
            if (at >= regex.length()) {
                return false;
            }
            char c = regex.charAt(at);
            if (c == '?' || c == '*' || c == '+') {
                at++;
                return c != '+';
            }
            if (c == '{') {
                boolean zero = regex.charAt(at + 1) == '0';
                at = regex.indexOf('}', at) + 1;
                return zero;
            }
            return false;
        }

        private void skipClass() {
            at++;
            while (regex.charAt(at) != ']') {
                at += regex.charAt(at) == '\\' ? 2 : 1;
            }
            at++;
        }

        /** Ends a literal run; a run of blanks requires nothing worth checking. */
        private static void flush(StringBuilder run, List<Set<String>> pieces) {
            if (!run.toString().isBlank()) {
                pieces.add(Set.of(run.toString().toLowerCase(Locale.ROOT)));
            }
            run.setLength(0);
        }

        /** Longer shortest string first; then fewer strings. */
        private static int bySelectivity(Set<String> a, Set<String> b) {
            int shortest = Integer.compare(shortest(a), shortest(b));
            return shortest != 0 ? shortest : Integer.compare(b.size(), a.size());
        }

        private static int shortest(Set<String> strings) {
            return strings.stream().mapToInt(String::length).min().orElse(0);
        }
    }
}

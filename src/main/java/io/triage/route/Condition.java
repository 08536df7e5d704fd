package io.triage.route;

import java.util.List;
import java.util.stream.Collectors;

/** A test on a request's signals; conditions combine with all, any and not. */
public sealed interface Condition {

    /** True when the request's signals satisfy this condition. */
    boolean test(Signals signals);

    /** Human-readable form, used in the decision's reasons. */
    String describe();

    /** Always true: a rule without {@code when}. */
    Condition ALWAYS = new All(List.of());

    /** One signal tested by a matcher; a missing signal never matches. */
    record On(String signal, Matcher matcher) implements Condition {
        @Override
        public boolean test(Signals signals) {
            return signals.get(signal).map(matcher::matches).orElse(false);
        }

        @Override
        public String describe() {
            return signal + " " + matcher.describe();
        }
    }

    /** Every part holds (true when empty). */
    record All(List<Condition> parts) implements Condition {
        @Override
        public boolean test(Signals signals) {
            for (Condition part : parts) {
                if (!part.test(signals)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return parts.isEmpty() ? "always" : parts.stream().map(Condition::describe)
                    .collect(Collectors.joining(" and ", parts.size() > 1 ? "(" : "", parts.size() > 1 ? ")" : ""));
        }
    }

    /** At least one part holds. */
    record Any(List<Condition> parts) implements Condition {
        @Override
        public boolean test(Signals signals) {
            for (Condition part : parts) {
                if (part.test(signals)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return parts.stream().map(Condition::describe).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    /** The part does not hold. */
    record Not(Condition part) implements Condition {
        @Override
        public boolean test(Signals signals) {
            return !part.test(signals);
        }

        @Override
        public String describe() {
            return "not " + part.describe();
        }
    }
}

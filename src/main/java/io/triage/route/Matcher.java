package io.triage.route;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A test on one signal's value: equality, membership, or a numeric comparison. */
sealed interface Matcher {

    boolean matches(Object value);

    /** Human-readable form for reasons, e.g. {@code in [sentiment, rewrite]} or {@code <= 1500}. */
    String describe();

    /** Equal to one of the values (compared as text, so {@code true} matches a boolean true). */
    record OneOf(Set<String> values) implements Matcher {
        @Override
        public boolean matches(Object value) {
            return value != null && values.contains(String.valueOf(value));
        }

        @Override
        public String describe() {
            return values.size() == 1 ? "= " + values.iterator().next()
                    : "in " + values.stream().sorted().collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** A numeric comparison. */
    record Compare(Op op, BigDecimal bound) implements Matcher {
        @Override
        public boolean matches(Object value) {
            if (!(value instanceof Number number)) {
                return false;
            }
            int cmp = new BigDecimal(number.toString()).compareTo(bound);
            return switch (op) {
                case LT -> cmp < 0;
                case LTE -> cmp <= 0;
                case GT -> cmp > 0;
                case GTE -> cmp >= 0;
            };
        }

        @Override
        public String describe() {
            return op.symbol + " " + bound.toPlainString();
        }
    }

    /** Several tests that must all hold, e.g. {@code {gt: 100, lte: 1500}}. */
    record Both(List<Matcher> parts) implements Matcher {
        @Override
        public boolean matches(Object value) {
            return parts.stream().allMatch(part -> part.matches(value));
        }

        @Override
        public String describe() {
            return parts.stream().map(Matcher::describe).collect(Collectors.joining(" and "));
        }
    }

    /** Comparison operators, with their YAML keys. */
    enum Op {
        LT("lt", "<"), LTE("lte", "<="), GT("gt", ">"), GTE("gte", ">=");

        final String key;
        final String symbol;

        Op(String key, String symbol) {
            this.key = key;
            this.symbol = symbol;
        }
    }
}

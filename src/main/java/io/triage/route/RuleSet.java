package io.triage.route;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A validated set of rules, ordered by priority (highest first, ties in file order), and the route
 * taken when none matches.
 *
 * @param version      the schema version of the files
 * @param rules        the rules in the order they are tried
 * @param defaultRoute the route taken when no rule matches
 * @param sources      the files the set was read from
 */
public record RuleSet(int version, List<Rule> rules, String defaultRoute, List<String> sources) {

    /** The only rule schema version this build reads. */
    public static final int SCHEMA_VERSION = 1;

    public RuleSet {
        rules = rules.stream().sorted(Comparator.comparingInt(Rule::priority).reversed()).toList();
        sources = List.copyOf(sources);
    }

    /** The first rule whose condition holds, if any. */
    public Optional<Rule> firstMatch(Signals signals) {
        for (Rule rule : rules) {
            if (rule.when().test(signals)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}

package io.triage.route;

/**
 * One routing rule.
 *
 * @param id       unique id, recorded in every decision it makes
 * @param priority higher is tried first; ties keep file order
 * @param when     the condition
 * @param route    the route to take when the condition holds
 * @param source   the file the rule came from
 */
public record Rule(String id, int priority, Condition when, String route, String source) {
}

/**
 * Declarative routing. Rules ({@code router-rules/*.yaml}) match a request's signals (task, size
 * in tokens, tools, requested model, tenant, headers, classifier confidence, ...) with conditions
 * combined by {@code all}/{@code any}/{@code not}, and name a route; routes
 * ({@code policies/routes.yaml}) say which backend and model serve a route and where it falls over
 * to. The {@link io.triage.route.Router} turns a request into a {@link io.triage.route.Decision} that
 * records the rule that matched and why. Plain Java, no framework.
 */
package io.triage.route;

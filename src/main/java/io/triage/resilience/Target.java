package io.triage.resilience;

import io.triage.backend.ChatBackend;
import io.triage.route.Route;

/**
 * One place a request can be sent: a route, its backend and the model asked of it.
 *
 * @param route   the route
 * @param backend the backend serving the route
 * @param model   the model asked for
 */
public record Target(Route route, ChatBackend backend, String model) {
}

package io.triage.route;

import java.util.List;
import java.util.Optional;

/**
 * A named way to serve a request: a backend, optionally a model of it, and the routes to fall
 * over to, in order, when it fails or is unavailable.
 *
 * @param name     the route name rules refer to
 * @param backend  the backend that serves it
 * @param model    the model to ask for, or empty for the backend's default model
 * @param fallback routes to try next, in order
 */
public record Route(String name, String backend, Optional<String> model, List<String> fallback) {

    public Route {
        fallback = List.copyOf(fallback);
    }
}

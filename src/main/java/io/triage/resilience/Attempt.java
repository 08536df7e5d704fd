package io.triage.resilience;

import io.triage.backend.BackendException;

/**
 * A try that did not answer.
 *
 * @param route   the route tried
 * @param backend the backend tried
 * @param failure why it did not answer
 */
public record Attempt(String route, String backend, BackendException failure) {
}

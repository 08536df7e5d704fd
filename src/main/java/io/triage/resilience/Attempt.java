package io.triage.resilience;

import io.triage.backend.BackendException;
import io.triage.chat.ChatResult;

/**
 * A try that did not give the final answer.
 *
 * @param route    the route tried
 * @param backend  the backend tried
 * @param failure  why it did not answer, or why its answer was not used
 * @param rejected the answer it gave when a cascade escalated it (its tokens were spent), or null
 * @param model    the model asked for
 */
public record Attempt(String route, String backend, BackendException failure, ChatResult rejected, String model) {

    public Attempt(String route, String backend, BackendException failure) {
        this(route, backend, failure, null, null);
    }
}

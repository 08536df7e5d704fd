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
 */
public record Attempt(String route, String backend, BackendException failure, ChatResult rejected) {

    public Attempt(String route, String backend, BackendException failure) {
        this(route, backend, failure, null);
    }
}

package io.triage.resilience;

import io.triage.backend.BackendException;

import java.util.List;
import java.util.stream.Collectors;

/** Every route of a request's chain failed or was unavailable. */
public class NoRouteAvailableException extends RuntimeException {

    private final List<Attempt> attempts;

    public NoRouteAvailableException(List<Attempt> attempts) {
        super(describe(attempts));
        this.attempts = List.copyOf(attempts);
    }

    public List<Attempt> attempts() {
        return attempts;
    }

    /** The failure of the last route tried, or null when there was none. */
    public BackendException lastFailure() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1).failure();
    }

    private static String describe(List<Attempt> attempts) {
        if (attempts.size() == 1) {
            return attempts.get(0).failure().getMessage();
        }
        return "No route could answer: " + attempts.stream()
                .map(a -> "route '" + a.route() + "': " + a.failure().getMessage())
                .collect(Collectors.joining("; "));
    }
}

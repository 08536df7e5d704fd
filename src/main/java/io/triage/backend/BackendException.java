package io.triage.backend;

import java.time.Duration;
import java.util.Optional;

/** A failed model call, typed so that the resilience layer knows whether to retry or fall over. */
public class BackendException extends RuntimeException {

    /** What went wrong, following LangChain4j's split between retriable and non-retriable errors. */
    public enum Kind {
        /** 429 from the provider. Retriable. */
        RATE_LIMITED(true),
        /** No answer in time. Retriable. */
        TIMEOUT(true),
        /** Connection refused or reset, or the backend is not running. Retriable. */
        UNAVAILABLE(true),
        /** 5xx from the provider. Retriable. */
        SERVER_ERROR(true),
        /** The local model has no free slot and its queue is full. Retriable elsewhere. */
        OVERLOADED(true),
        /** The stream broke after it had started. */
        STREAM_BROKEN(true),
        /** The backend's circuit breaker is open: it failed too often lately. Retriable elsewhere. */
        CIRCUIT_OPEN(true),
        /** Triage's own rate limit for the backend is used up. Retriable elsewhere. */
        THROTTLED(true),
        /** The backend answered, but the answer looked unreliable and was escalated (cascade). */
        UNRELIABLE_ANSWER(true),
        /** 400 from the provider. */
        INVALID_REQUEST(false),
        /** The prompt does not fit the model's context. */
        CONTEXT_LENGTH_EXCEEDED(false),
        /** The provider refused the content. */
        CONTENT_FILTER(false),
        /** 401 or 403 from the provider. */
        AUTHENTICATION(false),
        /** The provider does not know the model. */
        MODEL_NOT_FOUND(false),
        /** Anything else. */
        OTHER(false);

        private final boolean retriable;

        Kind(boolean retriable) {
            this.retriable = retriable;
        }

        public boolean retriable() {
            return retriable;
        }
    }

    private final String backend;
    private final Kind kind;
    private final int upstreamStatus;
    private final Duration retryAfter;

    public BackendException(String backend, Kind kind, String message, Throwable cause) {
        this(backend, kind, message, cause, 0, null);
    }

    public BackendException(String backend, Kind kind, String message, Throwable cause, int upstreamStatus,
                            Duration retryAfter) {
        super("Backend '" + backend + "' failed (" + kind.name().toLowerCase() + "): " + message, cause);
        this.backend = backend;
        this.kind = kind;
        this.upstreamStatus = upstreamStatus;
        this.retryAfter = retryAfter;
    }

    public String backend() {
        return backend;
    }

    public Kind kind() {
        return kind;
    }

    public boolean retriable() {
        return kind.retriable();
    }

    /** The HTTP status the provider answered with, or 0 when there was none. */
    public int upstreamStatus() {
        return upstreamStatus;
    }

    /** The provider's {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package io.triage.backend.langchain4j;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/** Translates LangChain4j's exceptions into typed {@link BackendException}s. */
final class LangChain4jErrors {

    private LangChain4jErrors() {
    }

    static BackendException translate(String backend, Throwable error) {
        if (error instanceof BackendException known) {
            return known;
        }
        int status = statusOf(error);
        Kind kind = kindOf(error, status);
        return new BackendException(backend, kind, messageOf(error), error, status, retryAfterOf(error));
    }

    /**
     * Translates a failure while streaming: one that is not otherwise known (a malformed chunk, a
     * parse error) means the stream broke.
     */
    static BackendException translateStreamFailure(String backend, Throwable error) {
        BackendException translated = translate(backend, error);
        if (translated.kind() != Kind.OTHER) {
            return translated;
        }
        return new BackendException(backend, Kind.STREAM_BROKEN, "the stream broke: " + messageOf(error), error);
    }

    private static Kind kindOf(Throwable error, int status) {
        String message = messageOf(error).toLowerCase(Locale.ROOT);
        if (message.contains("context_length_exceeded") || message.contains("maximum context length")
                || message.contains("prompt is too long")) {
            return Kind.CONTEXT_LENGTH_EXCEEDED;
        }
        if (error instanceof ContentFilteredException || message.contains("content_filter")) {
            return Kind.CONTENT_FILTER;
        }
        if (error instanceof RateLimitException || status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (error instanceof AuthenticationException || status == 401 || status == 403) {
            return Kind.AUTHENTICATION;
        }
        if (error instanceof ModelNotFoundException || status == 404) {
            return Kind.MODEL_NOT_FOUND;
        }
        if (error instanceof InternalServerException || status >= 500) {
            return Kind.SERVER_ERROR;
        }
        if (error instanceof InvalidRequestException || (status >= 400 && status < 500)) {
            return Kind.INVALID_REQUEST;
        }
        return kindOfCause(error);
    }

    private static Kind kindOfCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException
                    || cause instanceof java.util.concurrent.TimeoutException) {
                return Kind.TIMEOUT;
            }
            if (cause instanceof ConnectException || cause instanceof UnresolvedModelServerException) {
                return Kind.UNAVAILABLE;
            }
            if (cause instanceof IOException || cause instanceof UpstreamHttpClient.UpstreamIoException) {
                return Kind.UNAVAILABLE;
            }
        }
        return Kind.OTHER;
    }

    private static int statusOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                return http.statusCode();
            }
        }
        return 0;
    }

    private static Duration retryAfterOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstreamHttpException upstream) {
                return upstream.retryAfter().orElse(null);
            }
        }
        return null;
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        if (message == null && error.getCause() != null) {
            message = error.getCause().getMessage();
        }
        return message == null ? error.getClass().getSimpleName() : message;
    }
}

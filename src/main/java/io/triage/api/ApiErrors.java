package io.triage.api;

import com.fasterxml.jackson.core.JacksonException;
import io.triage.backend.BackendException;
import io.triage.resilience.NoRouteAvailableException;
import io.triage.route.UnknownModelException;
import org.jboss.logging.Logger;

/** The one place where failures become OpenAI error responses. */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);
    private static final String INVALID = "invalid_request_error";
    private static final String SERVER = "server_error";

    private ApiErrors() {
    }

    /** The error response for {@code failure}. */
    public static ApiError of(Throwable failure) {
        if (failure instanceof InvalidRequestException e) {
            return new ApiError(e.status(), e.getMessage(), INVALID, e.param(), e.code());
        }
        if (failure instanceof RequestRefusedException e) {
            return new ApiError(e.status(), e.getMessage(), e.type(), null, e.code());
        }
        if (failure instanceof UnknownModelException e) {
            return new ApiError(404, e.getMessage(), INVALID, "model", "model_not_found");
        }
        if (failure instanceof JacksonException e) {
            return new ApiError(400, "We could not parse the JSON body of your request: " + e.getOriginalMessage()
                    + ". The body must be valid JSON (UTF-8).", INVALID, null, "invalid_json");
        }
        if (failure instanceof NoRouteAvailableException e) {
            return fromBackend(e.lastFailure(), e.getMessage());
        }
        if (failure instanceof BackendException e) {
            return fromBackend(e, e.getMessage());
        }
        LOG.error("Unexpected failure while serving a request", failure);
        return new ApiError(500, "The gateway failed unexpectedly; the error has been logged.", SERVER, null, "internal_error");
    }

    /** The error response for an HTTP status Vert.x produced itself (unknown path, body too large, ...). */
    public static ApiError ofStatus(int status, String method, String path) {
        return switch (status) {
            case 404 -> new ApiError(404, "Invalid URL (" + method + " " + path + ")", INVALID, null, "unknown_url");
            case 405 -> new ApiError(405, "Method " + method + " is not allowed on " + path + ".", INVALID, null,
                    "method_not_allowed");
            case 413 -> new ApiError(413, "The request body is too large.", INVALID, null, "request_too_large");
            case 415 -> new ApiError(415, "The request body must be JSON (Content-Type: application/json).", INVALID,
                    null, "unsupported_media_type");
            default -> status >= 500
                    ? new ApiError(status, "The gateway failed unexpectedly.", SERVER, null, "internal_error")
                    : new ApiError(status, "The request was rejected (HTTP " + status + ").", INVALID, null, null);
        };
    }

    private static ApiError fromBackend(BackendException e, String message) {
        if (e == null) {
            return new ApiError(503, message, SERVER, null, "backend_unavailable");
        }
        return switch (e.kind()) {
            case INVALID_REQUEST -> new ApiError(400, message, INVALID, null, "upstream_invalid_request");
            case CONTEXT_LENGTH_EXCEEDED -> new ApiError(400, message, INVALID, "messages", "context_length_exceeded");
            case CONTENT_FILTER -> new ApiError(400, message, INVALID, null, "content_filter");
            case RATE_LIMITED -> new ApiError(429, message, "rate_limit_error", null, "rate_limit_exceeded");
            case TIMEOUT -> new ApiError(504, message, SERVER, null, "upstream_timeout");
            case OVERLOADED, THROTTLED -> new ApiError(503, message, SERVER, null, "overloaded");
            case CIRCUIT_OPEN -> new ApiError(503, message, SERVER, null, "circuit_open");
            case UNAVAILABLE -> new ApiError(503, message, SERVER, null, "backend_unavailable");
            case AUTHENTICATION -> new ApiError(502, message, SERVER, null, "upstream_authentication_failed");
            case MODEL_NOT_FOUND -> new ApiError(502, message, SERVER, null, "upstream_model_not_found");
            case SERVER_ERROR, STREAM_BROKEN, UNRELIABLE_ANSWER, OTHER -> new ApiError(502, message, SERVER, null, "upstream_error");
        };
    }
}

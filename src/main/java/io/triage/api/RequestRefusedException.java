package io.triage.api;

/**
 * A request the caller may not make: no or a wrong API key, a model or route the tenant may not
 * use, its rate limit or budget used up.
 */
public class RequestRefusedException extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;

    public RequestRefusedException(int status, String message, String type, String code) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** OpenAI's error type, e.g. {@code insufficient_quota}. */
    public String type() {
        return type;
    }

    /** OpenAI's error code, e.g. {@code invalid_api_key}. */
    public String code() {
        return code;
    }
}

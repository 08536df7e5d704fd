package io.triage.api;

/**
 * A request the gateway will not accept, with what OpenAI's error JSON needs.
 */
public class InvalidRequestException extends RuntimeException {

    private final int status;
    private final String param;
    private final String code;

    public InvalidRequestException(String message, String param, String code) {
        this(400, message, param, code);
    }

    public InvalidRequestException(int status, String message, String param, String code) {
        super(message);
        this.status = status;
        this.param = param;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** The offending parameter, e.g. {@code messages[2].role}, or null. */
    public String param() {
        return param;
    }

    /** OpenAI's error code, e.g. {@code invalid_value}, or null. */
    public String code() {
        return code;
    }
}

package io.triage.testing;

import java.util.Map;

/**
 * One way for {@link FakeOpenAiServer} to misbehave on a request.
 *
 * @param kind        what goes wrong
 * @param status      the HTTP status, for {@link Kind#STATUS}
 * @param code        the OpenAI error code in the error body, or null
 * @param headers     extra response headers (for example {@code Retry-After})
 * @param delayMillis how long to wait first, for {@link Kind#SLOW}
 * @param pieces      how many pieces of text a stream sends before it goes wrong
 */
public record Fault(Kind kind, int status, String code, Map<String, String> headers, long delayMillis, int pieces) {

    /** What goes wrong. */
    public enum Kind {
        /** An error status with an OpenAI error body. */
        STATUS,
        /** The connection is closed without an answer. */
        RESET,
        /** The request is never answered. */
        SILENT,
        /** The answer (or a stream's first token) comes only after a delay. */
        SLOW,
        /** The stream sends some text and then the connection is reset. */
        CUT,
        /** The stream sends some text and then nothing more, without closing. */
        STALL,
        /** The stream sends some text and then a chunk that is not JSON. */
        MALFORMED,
        /** The stream ends properly except that it never sends {@code data: [DONE]}. */
        NO_DONE,
        /** The stream sends some text and then ends cleanly, with no finish reason and no [DONE]. */
        END_EARLY
    }

    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status, null, Map.of(), 0, 0);
    }

    public static Fault status(int status, String code, Map<String, String> headers) {
        return new Fault(Kind.STATUS, status, code, headers, 0, 0);
    }

    public static Fault rateLimited(String retryAfter) {
        return status(429, "rate_limit_exceeded", Map.of("Retry-After", retryAfter));
    }

    public static Fault contextLengthExceeded() {
        return status(400, "context_length_exceeded", Map.of());
    }

    public static Fault contentFilter() {
        return status(400, "content_filter", Map.of());
    }

    public static Fault of(Kind kind) {
        return new Fault(kind, 0, null, Map.of(), 0, 2);
    }

    public static Fault slow(long delayMillis) {
        return new Fault(Kind.SLOW, 0, null, Map.of(), delayMillis, 0);
    }

    public static Fault afterPieces(Kind kind, int pieces) {
        return new Fault(kind, 0, null, Map.of(), 0, pieces);
    }
}

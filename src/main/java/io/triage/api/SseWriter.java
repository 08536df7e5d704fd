package io.triage.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Writes server-sent events ({@code data: ...\n\n}) from a worker thread. When the client reads
 * slower than the model writes, the writer waits for the connection to drain instead of buffering
 * without bound; when the client has gone, writes stop and {@link ClientGoneException} ends generation.
 */
final class SseWriter {

    private final HttpServerResponse response;
    private final ObjectMapper json;
    private volatile boolean closed;

    SseWriter(HttpServerResponse response, ObjectMapper json) {
        this.response = response;
        this.json = json;
        response.closeHandler(ignored -> closed = true);
    }

    /**
     * Sends the status and headers; call once, before the first event.
     *
     * @param trailers the names of the HTTP trailers the stream will end with
     */
    void begin(String trailers) {
        response.setStatusCode(200)
                .setChunked(true)
                .putHeader("content-type", "text/event-stream; charset=utf-8")
                .putHeader("cache-control", "no-cache")
                .putHeader("x-accel-buffering", "no")
                .putHeader("trailer", trailers);
    }

    /** An SSE comment line, which every client ignores: for people and tools reading the raw stream. */
    void comment(String text) {
        write(": " + text + "\n\n");
    }

    /** An HTTP trailer sent after the last chunk. */
    void trailer(String name, String value) {
        if (!closed) {
            response.putTrailer(name, value);
        }
    }

    void event(ObjectNode payload) {
        try {
            write("data: " + json.writeValueAsString(payload) + "\n\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an event", e);
        }
    }

    /** Ends the stream with OpenAI's terminator. */
    void done() {
        write("data: [DONE]\n\n");
        if (!closed) {
            response.end();
        }
    }

    /** Ends the stream after an error event, so the client sees an error instead of a truncated success. */
    void fail(ObjectNode error) {
        if (closed) {
            return;
        }
        event(error);
        done();
    }

    private void write(String text) {
        if (closed) {
            throw new ClientGoneException();
        }
        response.write(Buffer.buffer(text));
        if (response.writeQueueFull()) {
            awaitDrain();
        }
    }

    private void awaitDrain() {
        CountDownLatch drained = new CountDownLatch(1);
        response.drainHandler(ignored -> drained.countDown());
        try {
            while (!closed && response.writeQueueFull() && !drained.await(100, TimeUnit.MILLISECONDS)) {
                // poll so that a client that vanished while we waited is noticed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientGoneException();
        }
    }

    /** The client closed the connection mid-stream. */
    static final class ClientGoneException extends RuntimeException {
        ClientGoneException() {
            super("the client closed the connection", null, false, false);
        }
    }
}

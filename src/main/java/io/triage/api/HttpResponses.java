package io.triage.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/** Writing complete JSON responses. */
final class HttpResponses {

    private HttpResponses() {
    }

    static void json(HttpServerResponse response, int status, ObjectNode body, ObjectMapper json) {
        if (response.ended() || response.closed()) {
            return;
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
        response.setStatusCode(status)
                .putHeader("content-type", "application/json")
                .end(Buffer.buffer(bytes));
    }

    static void error(HttpServerResponse response, ApiError error, ObjectMapper json) {
        if (response.headWritten()) {
            if (!response.ended() && !response.closed()) {
                response.end();
            }
            return;
        }
        json(response, error.status(), error.toJson(json), json);
    }
}

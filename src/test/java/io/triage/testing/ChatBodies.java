package io.triage.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.UUID;

/** Chat completion request bodies for the HTTP tests. */
public final class ChatBodies {

    private ChatBodies() {
    }

    /** A request for {@code model} with one user message. */
    public static JsonObject chat(String model, String text) {
        return new JsonObject().put("model", model).put("messages", new JsonArray()
                .add(new JsonObject().put("role", "user").put("content", text)));
    }

    /** The text made unique to this call, so that no cache answers it. */
    public static String unique(String text) {
        return text + " [" + UUID.randomUUID() + "]";
    }
}

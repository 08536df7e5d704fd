package io.triage.api;

import io.triage.testing.ChatBodies;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Request bodies shared by the HTTP tests. */
final class Requests {

    static final String SENTIMENT = "What is the sentiment of this review? \"The food was wonderful and the staff were so kind.\"";
    static final String MATH = "A farmer has 17 sheep and buys 3 times as many goats. He then sells 12 goats. "
            + "How many animals does he have now?";

    private Requests() {
    }

    static JsonObject chat(String model, String userText) {
        return ChatBodies.chat(model, userText);
    }

    static JsonObject weatherTool() {
        return new JsonObject().put("type", "function").put("function", new JsonObject()
                .put("name", "get_weather")
                .put("description", "Current weather in a city")
                .put("parameters", new JsonObject().put("type", "object")
                        .put("properties", new JsonObject().put("city", new JsonObject().put("type", "string")))
                        .put("required", new JsonArray().add("city"))));
    }
}

package io.triage.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A server-sent-event body as a client reads it: the data of each event, in order. */
public record SseEvents(List<String> data) {

    public static SseEvents parse(String body) {
        return new SseEvents(Arrays.stream(body.split("\n\n")).map(String::strip).filter(e -> e.startsWith("data:"))
                .map(e -> e.substring("data:".length()).strip()).toList());
    }

    /** True when the last event is {@code [DONE]}. */
    public boolean done() {
        return !data.isEmpty() && data.get(data.size() - 1).equals("[DONE]");
    }

    /** The chunks, without {@code [DONE]}. */
    public List<JsonObject> chunks() {
        return data.stream().filter(d -> !d.equals("[DONE]")).map(JsonObject::new).toList();
    }

    /** The text of every delta, joined. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (JsonObject chunk : chunks()) {
            JsonArray choices = chunk.getJsonArray("choices", new JsonArray());
            if (!choices.isEmpty()) {
                String piece = choices.getJsonObject(0).getJsonObject("delta", new JsonObject()).getString("content");
                text.append(piece == null ? "" : piece);
            }
        }
        return text.toString();
    }

    /** The finish reason of the stream, if a chunk gave one. */
    public Optional<String> finishReason() {
        return chunks().stream().map(c -> c.getJsonArray("choices", new JsonArray()))
                .filter(c -> !c.isEmpty()).map(c -> c.getJsonObject(0).getString("finish_reason"))
                .filter(r -> r != null).reduce((a, b) -> b);
    }

    /** The error event's {@code error} object, if the stream ended with one. */
    public Optional<JsonObject> error() {
        return chunks().stream().filter(c -> c.containsKey("error")).map(c -> c.getJsonObject("error")).findFirst();
    }

    /** The models the chunks name, in order, without repeats. */
    public List<String> models() {
        return chunks().stream().map(c -> c.getString("model")).filter(m -> m != null).distinct().toList();
    }
}

package io.triage.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Anthropic's messages API ({@code POST /v1/messages}), complete and streamed, that
 * answers "Answer from claude." and records the requests and API keys it receives.
 */
public final class FakeAnthropicServer implements AutoCloseable {

    public static final String ANSWER = "Answer from claude.";

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final List<String> apiKeys = new CopyOnWriteArrayList<>();

    public FakeAnthropicServer() {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.post("/v1/messages").handler(this::messages);
        try {
            server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage()
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the fake Anthropic server", e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + server.actualPort() + "/v1/";
    }

    public List<JsonObject> requests() {
        return requests;
    }

    public List<String> apiKeys() {
        return apiKeys;
    }

    private void messages(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        requests.add(body);
        apiKeys.add(ctx.request().getHeader("x-api-key"));
        String model = body.getString("model");
        JsonObject usage = new JsonObject().put("input_tokens", 12).put("output_tokens", 5);
        if (!body.getBoolean("stream", false)) {
            ctx.response().putHeader("content-type", "application/json").end(new JsonObject()
                    .put("id", "msg_fake").put("type", "message").put("role", "assistant").put("model", model)
                    .put("content", new JsonArray().add(new JsonObject().put("type", "text").put("text", ANSWER)))
                    .put("stop_reason", "end_turn").putNull("stop_sequence").put("usage", usage).encode());
            return;
        }
        HttpServerResponse response = ctx.response().setChunked(true).putHeader("content-type", "text/event-stream");
        event(response, "message_start", new JsonObject().put("type", "message_start").put("message", new JsonObject()
                .put("id", "msg_fake").put("type", "message").put("role", "assistant").put("model", model)
                .put("content", new JsonArray()).putNull("stop_reason")
                .put("usage", new JsonObject().put("input_tokens", 12).put("output_tokens", 1))));
        event(response, "content_block_start", new JsonObject().put("type", "content_block_start").put("index", 0)
                .put("content_block", new JsonObject().put("type", "text").put("text", "")));
        for (String piece : ANSWER.split("(?<= )")) {
            event(response, "content_block_delta", new JsonObject().put("type", "content_block_delta").put("index", 0)
                    .put("delta", new JsonObject().put("type", "text_delta").put("text", piece)));
        }
        event(response, "content_block_stop", new JsonObject().put("type", "content_block_stop").put("index", 0));
        event(response, "message_delta", new JsonObject().put("type", "message_delta")
                .put("delta", new JsonObject().put("stop_reason", "end_turn").putNull("stop_sequence"))
                .put("usage", new JsonObject().put("output_tokens", 5)));
        event(response, "message_stop", new JsonObject().put("type", "message_stop"));
        response.end();
    }

    private static void event(HttpServerResponse response, String name, JsonObject data) {
        response.write(Buffer.buffer("event: " + name + "\ndata: " + data.encode() + "\n\n"));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}

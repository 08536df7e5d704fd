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
 * An OpenAI-compatible upstream for tests: answers {@code POST /v1/chat/completions}, complete or
 * streamed, with a text that names the server ("Answer from NAME."), so a test can tell which
 * backend answered. Records every request body it receives. When the request offers tools and
 * requires a call, it answers with a call of the first tool.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private final String name;
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private volatile int failWithStatus;

    public FakeOpenAiServer(String name) {
        this.name = name;
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.post("/v1/chat/completions").handler(this::chat);
        try {
            this.server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage()
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start fake upstream " + name, e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + server.actualPort() + "/v1";
    }

    public String answer() {
        return "Answer from " + name + ".";
    }

    public List<JsonObject> requests() {
        return requests;
    }

    public JsonObject lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /** Makes every following request fail with this HTTP status; 0 answers normally again. */
    public void failWith(int status) {
        this.failWithStatus = status;
    }

    public void reset() {
        requests.clear();
        failWithStatus = 0;
    }

    private void chat(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        requests.add(body);
        HttpServerResponse response = ctx.response();
        if (failWithStatus != 0) {
            response.setStatusCode(failWithStatus).putHeader("content-type", "application/json")
                    .end(new JsonObject().put("error", new JsonObject().put("message", name + " fails on purpose")
                            .put("type", "server_error")).encode());
            return;
        }
        String model = body.getString("model");
        JsonObject toolCall = toolCall(body);
        if (body.getBoolean("stream", false)) {
            stream(response, model, toolCall, body.getJsonObject("stream_options", new JsonObject()).getBoolean("include_usage", false));
        } else {
            JsonObject message = new JsonObject().put("role", "assistant");
            if (toolCall != null) {
                message.putNull("content").put("tool_calls", new JsonArray().add(toolCall));
            } else {
                message.put("content", answer());
            }
            JsonObject completion = envelope("chat.completion", model)
                    .put("choices", new JsonArray().add(new JsonObject().put("index", 0).put("message", message)
                            .put("finish_reason", toolCall != null ? "tool_calls" : "stop")))
                    .put("usage", usage());
            response.putHeader("content-type", "application/json").end(completion.encode());
        }
    }

    private void stream(HttpServerResponse response, String model, JsonObject toolCall, boolean includeUsage) {
        response.setChunked(true).putHeader("content-type", "text/event-stream");
        send(response, chunk(model, new JsonObject().put("role", "assistant").put("content", ""), null));
        if (toolCall != null) {
            send(response, chunk(model, new JsonObject().put("tool_calls", new JsonArray().add(toolCall.copy().put("index", 0))), null));
        } else {
            for (String piece : answer().split("(?<= )")) {
                send(response, chunk(model, new JsonObject().put("content", piece), null));
            }
        }
        send(response, chunk(model, new JsonObject(), toolCall != null ? "tool_calls" : "stop"));
        if (includeUsage) {
            send(response, envelope("chat.completion.chunk", model).put("choices", new JsonArray()).put("usage", usage()));
        }
        response.end("data: [DONE]\n\n");
    }

    private static JsonObject toolCall(JsonObject body) {
        JsonArray tools = body.getJsonArray("tools");
        Object choice = body.getValue("tool_choice");
        if (tools == null || tools.isEmpty() || choice == null || "auto".equals(choice) || "none".equals(choice)) {
            return null;
        }
        String function = tools.getJsonObject(0).getJsonObject("function").getString("name");
        return new JsonObject().put("id", "call_fake_1").put("type", "function")
                .put("function", new JsonObject().put("name", function).put("arguments", "{\"city\":\"Paris\"}"));
    }

    private static JsonObject chunk(String model, JsonObject delta, String finishReason) {
        return envelope("chat.completion.chunk", model).put("choices", new JsonArray().add(new JsonObject()
                .put("index", 0).put("delta", delta).put("finish_reason", finishReason)));
    }

    private static JsonObject envelope(String object, String model) {
        return new JsonObject().put("id", "chatcmpl-fake").put("object", object)
                .put("created", System.currentTimeMillis() / 1000).put("model", model);
    }

    private static JsonObject usage() {
        return new JsonObject().put("prompt_tokens", 21).put("completion_tokens", 4).put("total_tokens", 25);
    }

    private static void send(HttpServerResponse response, JsonObject event) {
        response.write(Buffer.buffer("data: " + event.encode() + "\n\n"));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}

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

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible upstream for tests: answers {@code POST /v1/chat/completions}, complete or
 * streamed, with a text that names the server ("Answer from NAME."), so a test can tell which
 * backend answered. Records every request body it receives. When the request offers tools and
 * requires a call, it answers with a call of the first tool. It misbehaves on demand: a queue of
 * {@link Fault}s applies to the next requests one each, and a persistent fault to every request
 * after them.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private final String name;
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final Deque<Fault> next = new ConcurrentLinkedDeque<>();
    private volatile Fault always;
    private volatile String answer;
    private volatile int promptTokens = 21;
    private volatile int completionTokens = 4;
    private volatile double logprob = -0.1;
    private volatile boolean omitUsage;

    public FakeOpenAiServer(String name) {
        this.name = name;
        this.answer = "Answer from " + name + ".";
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

    /** The text every answer has. */
    public String answer() {
        return answer;
    }

    /** Answers with this text from now on (streams send it word by word). */
    public void answerWith(String text) {
        this.answer = text;
    }

    /** Reports this usage from now on. */
    public void usageOf(int prompt, int completion) {
        this.promptTokens = prompt;
        this.completionTokens = completion;
    }

    /** Reports no usage at all from now on, even when a stream asks for it (some servers do that). */
    public void omitUsage() {
        this.omitUsage = true;
    }

    /** Gives every token this log-probability when a request asks for {@code logprobs}. */
    public void logprobOf(double value) {
        this.logprob = value;
    }

    public List<JsonObject> requests() {
        return requests;
    }

    public JsonObject lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /** Makes every following request fail with this HTTP status; 0 answers normally again. */
    public void failWith(int status) {
        this.always = status == 0 ? null : Fault.status(status);
    }

    /** Misbehaves this way on every following request (after any queued faults); null stops it. */
    public void always(Fault fault) {
        this.always = fault;
    }

    /** Misbehaves on the next requests, one fault each, in order. */
    public void then(Fault... faults) {
        next.addAll(List.of(faults));
    }

    public void reset() {
        requests.clear();
        next.clear();
        always = null;
        answer = "Answer from " + name + ".";
        promptTokens = 21;
        completionTokens = 4;
        logprob = -0.1;
        omitUsage = false;
    }

    private void chat(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        requests.add(body);
        Fault fault = next.poll();
        fault = fault != null ? fault : always;
        if (fault == null) {
            answer(ctx, body, null);
            return;
        }
        switch (fault.kind()) {
            case STATUS -> error(ctx.response(), fault);
            case RESET -> ctx.request().connection().close();
            case SILENT -> { }
            case SLOW -> vertx.setTimer(fault.delayMillis(), id -> answer(ctx, body, null));
            default -> answer(ctx, body, fault);
        }
    }

    private void error(HttpServerResponse response, Fault fault) {
        fault.headers().forEach(response::putHeader);
        JsonObject error = new JsonObject().put("message", name + " fails on purpose (" + fault.status() + ")")
                .put("type", fault.status() >= 500 ? "server_error" : "invalid_request_error")
                .put("code", fault.code());
        response.setStatusCode(fault.status()).putHeader("content-type", "application/json")
                .end(new JsonObject().put("error", error).encode());
    }

    private void answer(RoutingContext ctx, JsonObject body, Fault streamFault) {
        String model = body.getString("model");
        JsonObject toolCall = toolCall(body);
        if (body.getBoolean("stream", false)) {
            boolean usage = body.getJsonObject("stream_options", new JsonObject()).getBoolean("include_usage", false);
            stream(ctx, model, toolCall, usage, streamFault);
            return;
        }
        JsonObject message = new JsonObject().put("role", "assistant");
        if (toolCall != null) {
            message.putNull("content").put("tool_calls", new JsonArray().add(toolCall));
        } else {
            message.put("content", answer);
        }
        JsonObject choice = new JsonObject().put("index", 0).put("message", message)
                .put("finish_reason", toolCall != null ? "tool_calls" : "stop");
        if (body.getBoolean("logprobs", false)) {
            choice.put("logprobs", logprobs(pieces()));
        }
        JsonObject completion = envelope("chat.completion", model).put("choices", new JsonArray().add(choice));
        if (!omitUsage) {
            completion.put("usage", usage());
        }
        ctx.response().putHeader("content-type", "application/json").end(completion.encode());
    }

    private void stream(RoutingContext ctx, String model, JsonObject toolCall, boolean includeUsage, Fault fault) {
        HttpServerResponse response = ctx.response().setChunked(true).putHeader("content-type", "text/event-stream");
        send(response, chunk(model, new JsonObject().put("role", "assistant").put("content", ""), null));
        if (toolCall != null) {
            send(response, chunk(model, new JsonObject().put("tool_calls", new JsonArray().add(toolCall.copy().put("index", 0))), null));
        } else {
            List<String> pieces = pieces();
            for (int i = 0; i < pieces.size(); i++) {
                if (fault != null && fault.kind() != Fault.Kind.NO_DONE && i == fault.pieces()) {
                    misbehave(ctx, response, fault);
                    return;
                }
                send(response, chunk(model, new JsonObject().put("content", pieces.get(i)), null));
            }
        }
        send(response, chunk(model, new JsonObject(), toolCall != null ? "tool_calls" : "stop"));
        if (includeUsage && !omitUsage) {
            send(response, envelope("chat.completion.chunk", model).put("choices", new JsonArray()).put("usage", usage()));
        }
        response.end(fault != null && fault.kind() == Fault.Kind.NO_DONE ? "" : "data: [DONE]\n\n");
    }

    private void misbehave(RoutingContext ctx, HttpServerResponse response, Fault fault) {
        switch (fault.kind()) {
            case CUT -> ctx.request().connection().close();
            case MALFORMED -> response.write("data: {\"id\":\"chatcmpl-fake\",\"choices\":[{\"delta\":{\"content\n\n");
            case END_EARLY -> response.end();
            default -> { } // STALL: say nothing more and keep the connection open
        }
    }

    private JsonObject logprobs(List<String> tokens) {
        JsonArray content = new JsonArray();
        tokens.forEach(token -> content.add(new JsonObject().put("token", token).put("logprob", logprob)
                .put("bytes", new JsonArray()).put("top_logprobs", new JsonArray())));
        return new JsonObject().put("content", content);
    }

    /** The answer split after each space: "Answer ", "from ", "local.". */
    private List<String> pieces() {
        return new ArrayList<>(List.of(answer.split("(?<= )")));
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

    private JsonObject usage() {
        return new JsonObject().put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
    }

    private static void send(HttpServerResponse response, JsonObject event) {
        response.write(Buffer.buffer("data: " + event.encode() + "\n\n"));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}

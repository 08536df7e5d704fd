package io.triage.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A fast OpenAI-compatible upstream for the gateway benchmark: answers every
 * {@code POST /v1/chat/completions} at once with a fixed short answer, complete or streamed in
 * eight chunks, after a simulated model latency drawn uniformly from {@code latency ± jitter}
 * milliseconds (none by default). No JSON is parsed: whether to stream is read from the raw body.
 * Usage: {@code StubUpstream <port> [event loops] [latency ms] [jitter ms]}.
 */
public final class StubUpstream {

    private static final Buffer COMPLETE = Buffer.buffer("{\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion\","
            + "\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"The answer is forty-two, as computed by the stub.\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":40,\"completion_tokens\":12,\"total_tokens\":52}}");
    private static final Buffer STREAM = stream();
    private static final java.util.regex.Pattern STREAMED = java.util.regex.Pattern.compile("\"stream\"\\s*:\\s*true");

    private StubUpstream() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int loops = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long latencyMillis = args.length > 2 ? Long.parseLong(args[2]) : 0;
        long jitterMillis = args.length > 3 ? Math.min(latencyMillis - 1, Long.parseLong(args[3])) : 0;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        for (int i = 0; i < loops; i++) {
            vertx.createHttpServer(new HttpServerOptions().setPort(port).setTcpNoDelay(true))
                    .requestHandler(request -> answer(vertx, request, latencyMillis, jitterMillis)).listen().toCompletionStage().toCompletableFuture().join();
        }
        System.out.println("stub upstream listening on " + port);
    }

    private static void answer(Vertx vertx, HttpServerRequest request, long latencyMillis, long jitterMillis) {
        request.body().onSuccess(body -> {
            boolean stream = STREAMED.matcher(body.toString()).find();
            Runnable reply = () -> request.response()
                    .putHeader("content-type", stream ? "text/event-stream" : "application/json")
                    .end(stream ? STREAM : COMPLETE);
            if (latencyMillis > 0) {
                long wait = jitterMillis > 0
                        ? ThreadLocalRandom.current().nextLong(latencyMillis - jitterMillis, latencyMillis + jitterMillis + 1)
                        : latencyMillis;
                vertx.setTimer(wait, id -> reply.run());
            } else {
                reply.run();
            }
        });
    }

    private static Buffer stream() {
        StringBuilder events = new StringBuilder();
        events.append(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
        for (String piece : "The answer is forty-two, as computed by the stub.".split("(?<= )")) {
            events.append(chunk("{\"content\":\"" + piece + "\"}", null));
        }
        events.append(chunk("{}", "\"stop\""));
        events.append("data: {\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
                + "\"choices\":[],\"usage\":{\"prompt_tokens\":40,\"completion_tokens\":12,\"total_tokens\":52}}\n\n");
        events.append("data: [DONE]\n\n");
        return Buffer.buffer(events.toString());
    }

    private static String chunk(String delta, String finish) {
        return "data: {\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finish + "}]}\n\n";
    }
}

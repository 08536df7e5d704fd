package io.triage.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * The floor of the gateway benchmark: a pass-through HTTP proxy on Vert.x that forwards each
 * {@code POST /v1/chat/completions} body to the stub upstream and relays the answer, with no
 * parsing, routing or accounting. What it adds over calling the stub directly is what any JVM
 * proxy pays on this machine for the extra hop (two more sockets, event-loop wake-ups) before doing
 * any work. Usage: {@code BareProxy <port> <upstream port> [event loops]}.
 */
public final class BareProxy {

    private BareProxy() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstream = Integer.parseInt(args[1]);
        int loops = args.length > 2 ? Integer.parseInt(args[2]) : 2 * Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setMaxPoolSize(1_000));
        for (int i = 0; i < loops; i++) {
            vertx.createHttpServer(new HttpServerOptions().setPort(port).setTcpNoDelay(true))
                    .requestHandler(request -> forward(client, upstream, request)).listen()
                    .toCompletionStage().toCompletableFuture().join();
        }
        System.out.println("bare proxy listening on " + port);
    }

    private static void forward(HttpClient client, int upstream, HttpServerRequest request) {
        request.body().compose(body -> client.request(HttpMethod.POST, upstream, "localhost", "/v1/chat/completions")
                        .compose(call -> call.putHeader("content-type", "application/json").send(body)))
                .compose(answer -> answer.body().map(body -> {
                    request.response().putHeader("content-type", answer.getHeader("content-type")).end(body);
                    return body;
                }))
                .onFailure(e -> request.response().setStatusCode(502).end());
    }
}

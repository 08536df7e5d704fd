package io.triage.backend.langchain4j;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.VertxInternal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * LangChain4j's HTTP transport on the gateway's own Vert.x (Netty) HTTP client, with two
 * differences from LangChain4j's: an error keeps the provider's {@code Retry-After} (as
 * {@link UpstreamHttpException}), and a stream is read on the calling (virtual) thread, so that
 * interrupting that thread (the resilience layer's deadline) aborts the exchange, and a stream
 * that ends is over when the call returns. Calls block the calling virtual thread, never an
 * event loop. All exchanges of one client run on one event loop of their own (see {@link #onLoop}).
 */
final class UpstreamHttpClient implements HttpClient {

    private final io.vertx.core.http.HttpClient client;
    private final Context loop;
    private final Duration readTimeout;

    UpstreamHttpClient(Vertx vertx, Duration connectTimeout, Duration readTimeout) {
        HttpClientOptions options = new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setMaxPoolSize(1_000).setMaxWaitQueueSize(-1).setDecompressionSupported(true);
        if (connectTimeout != null) {
            options.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        }
        this.client = vertx.createHttpClient(options);
        this.loop = ((VertxInternal) vertx).createEventLoopContext();
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        RequestOptions options = options(request);
        // Everything up to the whole body happens on the event loop; this thread waits once.
        Full full = block(onLoop(() -> client.request(options).compose(req -> {
            sent.set(req);
            return send(req, request).compose(response -> response.body().map(body -> new Full(response, body)));
        })), sent);
        if (!successful(full.response())) {
            throw UpstreamHttpException.of(full.response().statusCode(), full.body().toString(), full.response().headers()::get);
        }
        return SuccessfulHttpResponse.builder().statusCode(full.response().statusCode())
                .headers(headers(full.response().headers())).body(full.body().getBytes()).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        RequestOptions options = options(request);
        Opened opened;
        try {
            // The body's reader is attached on the event loop as the response arrives: no byte is missed.
            opened = block(onLoop(() -> client.request(options).compose(req -> {
                sent.set(req);
                return send(req, request).map(response -> new Opened(response, successful(response)
                        ? new ResponseStream(req, response) : null, successful(response) ? null : response.body()));
            })), sent);
        } catch (RuntimeException e) {
            listener.onError(e);
            return;
        }
        if (opened.stream() == null) {
            try {
                Buffer body = block(opened.errorBody(), sent);
                listener.onError(UpstreamHttpException.of(opened.response().statusCode(), body.toString(),
                        opened.response().headers()::get));
            } catch (RuntimeException e) {
                listener.onError(e);
            }
            return;
        }
        try (ResponseStream body = opened.stream()) {
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(opened.response().statusCode())
                    .headers(headers(opened.response().headers())).build());
            parser.parse(body, listener);
            body.failure().ifPresentOrElse(listener::onError, listener::onClose);
        }
    }

    /**
     * Runs an exchange on this client's one event loop. Its connections are made there, so their
     * events need no further hand-off to another event loop before they reach the waiting thread.
     * That loop serves every call of this client: what can be prepared on the caller's thread is.
     */
    private <T> Future<T> onLoop(Supplier<Future<T>> exchange) {
        Promise<T> done = Promise.promise();
        loop.runOnContext(ignored -> {
            try {
                exchange.get().onComplete(done);
            } catch (RuntimeException e) {
                done.fail(e);
            }
        });
        return done.future();
    }

    private RequestOptions options(HttpRequest request) {
        RequestOptions options = new RequestOptions().setAbsoluteURI(request.url())
                .setMethod(HttpMethod.valueOf(request.method().name()));
        if (readTimeout != null) {
            options.setIdleTimeout(readTimeout.toMillis());
        }
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> options.addHeader(name, value));
            }
        });
        return options;
    }

    private static Future<HttpClientResponse> send(HttpClientRequest sent, HttpRequest request) {
        return request.body() == null ? sent.send() : sent.send(request.body());
    }

    /** Waits for the event loop's work; an interrupt (the deadline) resets the exchange. */
    private static <T> T block(Future<T> future, AtomicReference<HttpClientRequest> sent) {
        try {
            return future.toCompletionStage().toCompletableFuture().get();
        } catch (InterruptedException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted: the call's deadline passed");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof io.netty.handler.timeout.TimeoutException || cause instanceof java.util.concurrent.TimeoutException
                || String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout")) {
            return new TimeoutException(cause);
        }
        return new UpstreamIoException(cause);
    }

    private static boolean successful(HttpClientResponse response) {
        return response.statusCode() >= 200 && response.statusCode() < 300;
    }

    private static Map<String, List<String>> headers(MultiMap headers) {
        Map<String, List<String>> copy = new HashMap<>();
        for (String name : headers.names()) {
            copy.put(name, headers.getAll(name));
        }
        return copy;
    }

    /** A complete response. */
    private record Full(HttpClientResponse response, Buffer body) {
    }

    /** A response whose head arrived: a stream to read when it succeeded, else its error body. */
    private record Opened(HttpClientResponse response, ResponseStream stream, Future<Buffer> errorBody) {
    }

    /** A connection failure (refused, reset, closed); unchecked so that it crosses LangChain4j. */
    static final class UpstreamIoException extends RuntimeException {
        UpstreamIoException(Throwable cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }
}

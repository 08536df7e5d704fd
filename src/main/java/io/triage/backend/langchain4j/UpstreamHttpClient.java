package io.triage.backend.langchain4j;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * LangChain4j's HTTP transport, on the JDK client, with two differences from LangChain4j's own:
 * an error keeps the provider's {@code Retry-After} (as {@link UpstreamHttpException}), and a
 * stream is read on the calling thread, so that interrupting that thread (the resilience layer's
 * deadline) aborts the request and releases the connection, and a stream that ends is over when
 * the call returns.
 */
final class UpstreamHttpClient implements HttpClient {

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;

    UpstreamHttpClient(Duration connectTimeout, Duration readTimeout) {
        var builder = java.net.http.HttpClient.newBuilder().followRedirects(Redirect.NORMAL)
                .version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        this.client = builder.build();
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<byte[]> response = send(request, BodyHandlers.ofByteArray());
        if (!successful(response)) {
            throw UpstreamHttpException.of(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.headers());
        }
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                .headers(response.headers().map()).body(response.body()).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        HttpResponse<InputStream> response;
        try {
            response = send(request, BodyHandlers.ofInputStream());
        } catch (RuntimeException e) {
            listener.onError(e);
            return;
        }
        try (InputStream body = response.body()) {
            if (!successful(response)) {
                listener.onError(UpstreamHttpException.of(response.statusCode(),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8), response.headers()));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).build());
            parser.parse(body, listener);
            listener.onClose();
        } catch (IOException e) {
            listener.onError(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(toJdk(request), handler);
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted: the call's deadline passed");
        } catch (IOException e) {
            throw new UpstreamIoException(e);
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.method(request.method().name(), request.body() == null ? BodyPublishers.noBody()
                : BodyPublishers.ofString(request.body()));
        if (readTimeout != null) {
            builder.timeout(readTimeout);
        }
        return builder.build();
    }

    private static boolean successful(HttpResponse<?> response) {
        return response.statusCode() >= 200 && response.statusCode() < 300;
    }

    /** A connection failure (refused, reset, closed); unchecked so that it crosses LangChain4j. */
    static final class UpstreamIoException extends RuntimeException {
        UpstreamIoException(IOException cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }
}

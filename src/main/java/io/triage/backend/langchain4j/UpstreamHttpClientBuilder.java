package io.triage.backend.langchain4j;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;

import io.vertx.core.Vertx;

import java.time.Duration;

/** Builds {@link UpstreamHttpClient}s for LangChain4j's model builders, on the gateway's Vert.x. */
public final class UpstreamHttpClientBuilder implements HttpClientBuilder {

    private final Vertx vertx;

    private Duration connectTimeout;
    private Duration readTimeout;

    public UpstreamHttpClientBuilder(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public UpstreamHttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public UpstreamHttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        return new UpstreamHttpClient(vertx, connectTimeout, readTimeout);
    }
}

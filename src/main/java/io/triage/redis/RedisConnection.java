package io.triage.redis;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A pooled connection to one Redis server (the Vert.x Redis client that Quarkus' Redis extension
 * is built on, on the application's Vert.x instance). Commands block the calling thread until the
 * answer or the timeout: call them from worker or virtual threads, never from the event loop.
 */
public final class RedisConnection implements AutoCloseable {

    private final Redis client;
    private final String where;
    private final Duration timeout;

    private RedisConnection(Redis client, String where, Duration timeout) {
        this.client = client;
        this.where = where;
        this.timeout = timeout;
    }

    /**
     * Creates the client; it connects on the first command, so a Redis that is down fails the
     * commands, not the start-up.
     *
     * @param url {@code redis://[user:password@]host:port[/db]}
     */
    public static RedisConnection create(Vertx vertx, String url, Duration timeout) {
        RedisOptions options = new RedisOptions().setConnectionString(url).setMaxPoolSize(16).setMaxPoolWaiting(256);
        return new RedisConnection(Redis.createClient(vertx, options), withoutPassword(url), timeout);
    }

    /** Sends one command and waits for its answer, which is null for Redis' nil. */
    public Response send(Command command, Object... args) {
        Request request = Request.cmd(command);
        for (Object arg : args) {
            request.arg(arg.toString());
        }
        try {
            return client.send(request).toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new RedisException("Redis at " + where + " failed " + command + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new RedisException("Redis at " + where + " did not answer " + command + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisException("interrupted waiting for Redis at " + where + " (" + command + ")", e);
        }
    }

    /** Where the server is, for messages: the URL without its password. */
    public String where() {
        return where;
    }

    @Override
    public void close() {
        client.close();
    }

    private static String withoutPassword(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
        } catch (IllegalArgumentException e) {
            return "(unparseable Redis URL)";
        }
    }

    /** A Redis command that failed, timed out or was interrupted; names the server and the command. */
    public static final class RedisException extends RuntimeException {

        RedisException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

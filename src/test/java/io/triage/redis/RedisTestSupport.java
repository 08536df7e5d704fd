package io.triage.redis;

import io.triage.testing.RedisServer;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;

/** One real redis-server per test class, and a connection to it. */
abstract class RedisTestSupport {

    static RedisServer server;
    static Vertx vertx;
    static RedisConnection connection;

    @BeforeAll
    static void startRedis() {
        server = RedisServer.start();
        vertx = Vertx.vertx();
        connection = RedisConnection.create(vertx, server.url(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopRedis() {
        if (connection != null) {
            connection.close();
            vertx.close();
        }
        if (server != null) {
            server.close();
        }
    }
}

package io.triage.scaleout;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.triage.testing.FakeOpenAiServer;
import io.triage.testing.GatewayProcess;
import io.triage.testing.PostgresServer;
import io.triage.testing.RedisServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.triage.testing.ChatBodies.chat;
import static io.triage.testing.ChatBodies.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway processes from the packaged jar behind no load balancer, sharing one Redis (cache,
 * budgets, rate limits) and one PostgreSQL ledger, with the fake upstreams in this JVM: what one
 * instance learns, the other knows. The instances write Redis after answering, so the test waits
 * for the write to land in Redis (read directly) before asking the other instance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    static final String ADMIN = "admin-test-token";
    static final BigDecimal REMOTE_COST = new BigDecimal("0.0000925");

    private static RedisServer redis;
    private static PostgresServer postgres;
    private static FakeOpenAiServer local;
    private static FakeOpenAiServer remote;
    private static GatewayProcess a;
    private static GatewayProcess b;
    /** The sum of the x-triage-cost headers of every request sent to either instance. */
    private static BigDecimal costHeaders = BigDecimal.ZERO;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
        postgres = PostgresServer.start();
        String ledger = postgres.createDatabase("triage_two");
        local = new FakeOpenAiServer("local");
        remote = new FakeOpenAiServer("remote");
        Path wal = Files.createTempDirectory("triage-two-wal-");
        // One after the other: the first applies the ledger's migrations, the second finds them done.
        a = GatewayProcess.start("two-instances-a", properties(ledger, wal.resolve("a")));
        b = GatewayProcess.start("two-instances-b", properties(ledger, wal.resolve("b")));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable resource : new AutoCloseable[] {a, b, local, remote, redis, postgres}) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                System.err.println("closing " + resource + ": " + e.getMessage());
            }
        }
    }

    @Test
    @Order(1)
    void answerCachedThroughA_isAHitThroughB() {
        JsonObject body = chat("remote", unique("What is the capital of Chile?")).put("temperature", 0);
        Response first = post(a, "sk-initech-test", body);
        assertThat(first.header("x-triage-cache")).isEqualTo("miss");
        await("the answer is in Redis", () -> !redis.command("KEYS", "triage:cache:*").isEmpty());
        Response second = post(b, "sk-initech-test", body);
        assertThat(second.header("x-triage-cache")).isEqualTo("hit");
        assertThat(second.jsonPath().getString("choices[0].message.content"))
                .isEqualTo(first.jsonPath().getString("choices[0].message.content")).isEqualTo(remote.answer());
        assertThat(remote.requests()).hasSize(1);
    }

    @Test
    @Order(2)
    void dailyBudgetSpentOnAThenB_refusesTheNextRequestOnEither() {
        assertThat(new BigDecimal(post(a, "sk-acme-test", chat("remote", unique("Prove it."))).header("x-triage-cost")))
                .isEqualByComparingTo(REMOTE_COST);
        assertThat(new BigDecimal(post(b, "sk-acme-test", chat("remote", unique("Prove it."))).header("x-triage-cost")))
                .isEqualByComparingTo(REMOTE_COST);
        String today = "triage:budget:acme:day:" + LocalDate.now(ZoneOffset.UTC);
        await("both costs are counted in Redis", () -> "1850000".equals(redis.command("GET", today)));
        for (var instance : new GatewayProcess[] {a, b}) {
            Response refused = send(instance, "sk-acme-test", chat("remote", unique("Prove it.")));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.jsonPath().getString("error.type")).isEqualTo("insufficient_quota");
            assertThat(refused.jsonPath().getString("error.message")).contains("0.000185 spent today");
        }
    }

    @Test
    @Order(3)
    void ledgerTotalsReadOnA_equalTheCostHeadersOfBothInstances() {
        post(a, "sk-initech-test", chat("local", unique("Is this review positive? Great.")));
        post(b, "sk-initech-test", chat("local", unique("Is this review positive? Awful.")));
        post(b, "sk-initech-second", chat("remote", unique("Explain recursion.")));
        // A clean shutdown flushes B's ledger writer, so everything B answered is in PostgreSQL.
        b.stop();
        JsonObject usage = new JsonObject(given().baseUri(a.baseUri()).header("Authorization", "Bearer " + ADMIN)
                .queryParam("group_by", "tenant").get("/admin/usage").asString());
        BigDecimal total = new BigDecimal(usage.getJsonObject("total").getValue("cost").toString());
        assertThat(costHeaders).isGreaterThan(REMOTE_COST.multiply(BigDecimal.valueOf(3)));
        assertThat(total).isEqualByComparingTo(costHeaders);
        assertThat(usage.getJsonObject("total").getLong("requests")).isEqualTo(7);
    }

    private static Map<String, String> properties(String ledgerUrl, Path walDir) {
        Map<String, String> p = new HashMap<>();
        p.put("triage.local.base-url", local.baseUrl());
        p.put("triage.local.model", "small-local");
        p.put("triage.remote.base-url", remote.baseUrl());
        p.put("triage.remote.api-key", "test-key");
        p.put("triage.remote.model", "large-remote");
        p.put("triage.classifier.kind", "heuristic");
        p.put("triage.rules.reload-interval", "0s");
        p.put("triage.policies.dir", Path.of("src/test/resources/policies-tenants").toAbsolutePath().toString());
        p.put("triage.pricing.file", Path.of("src/test/resources/pricing/pricing.yaml").toAbsolutePath().toString());
        p.put("triage.ledger.url", ledgerUrl);
        p.put("triage.ledger.user", PostgresServer.USER);
        p.put("triage.ledger.wal-dir", walDir.toString());
        p.put("triage.redis.url", redis.url());
        return p;
    }

    /** Sends a request that must succeed, and adds its cost to the running sum. */
    private static Response post(GatewayProcess instance, String key, JsonObject body) {
        Response response = send(instance, key, body);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        costHeaders = costHeaders.add(new BigDecimal(response.header("x-triage-cost")));
        return response;
    }

    private static Response send(GatewayProcess instance, String key, JsonObject body) {
        return given().baseUri(instance.baseUri()).header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(body.encode()).post("/v1/chat/completions");
    }

    /** Waits for something the gateway does after answering; fails naming it if it never happens. */
    private static void await(String what, BooleanSupplier condition) {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}

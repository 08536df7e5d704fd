package io.triage.resilience;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.triage.testing.Fault;
import io.triage.testing.ManualTime;
import io.triage.testing.ThreeUpstreams;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.triage.testing.ThreeUpstreams.local;
import static io.triage.testing.ThreeUpstreams.remote;
import static io.triage.testing.ThreeUpstreams.secondary;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The remote backend's circuit breaker (opens at 50% failures over 4 calls, for 30 s of the
 * gateway's clock) and the local backend's rate limit (2 calls per hour), from
 * {@code src/test/resources/policies-breaker}.
 */
@QuarkusTest
@TestProfile(BreakerAndRateLimitTest.Profile.class)
@QuarkusTestResource(value = ThreeUpstreams.class, restrictToAnnotatedClass = true)
class BreakerAndRateLimitTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triage.policies.dir", "src/test/resources/policies-breaker");
        }
    }

    @BeforeEach
    void reset() {
        ThreeUpstreams.resetAll();
    }

    @Test
    void failingPrimary_opensTheBreaker_thenIsNotCalledUntilItsOpenTimeHasPassed_thenClosesOnSuccess() {
        remote().always(Fault.status(503));
        for (int i = 0; i < 4; i++) {
            assertThat(answer(post("remote"))).isEqualTo(secondary().answer());
        }
        assertThat(remote().requests()).hasSize(4);

        Response whileOpen = post("remote");
        assertThat(answer(whileOpen)).isEqualTo(secondary().answer());
        assertThat(remote().requests()).as("an open breaker is not called").hasSize(4);
        assertThat(given().get("/v1/models/large-remote").jsonPath().getString("triage.circuit_breaker")).isEqualTo("open");

        remote().always(null);
        ManualTime.advance(Duration.ofSeconds(31));
        assertThat(answer(post("remote"))).as("the half-open trial call").isEqualTo(remote().answer());
        assertThat(answer(post("remote"))).isEqualTo(remote().answer());
        assertThat(remote().requests()).hasSize(6);
        assertThat(given().get("/v1/models/large-remote").jsonPath().getString("triage.circuit_breaker")).isEqualTo("closed");
    }

    @Test
    void rateLimitedBackend_spillsOverToTheNextRoute_onceItsLimitIsUsed() {
        assertThat(answer(post("local"))).isEqualTo(local().answer());
        assertThat(answer(post("local"))).isEqualTo(local().answer());
        Response third = post("local");
        assertThat(answer(third)).isEqualTo(secondary().answer());
        assertThat(third.header("x-triage-fallback-from")).isEqualTo("local");
        assertThat(local().requests()).hasSize(2);
    }

    private static Response post(String model) {
        JsonObject body = new JsonObject().put("model", model).put("messages", new JsonArray()
                .add(new JsonObject().put("role", "user").put("content", "Say hello.")));
        return given().contentType(ContentType.JSON).body(body.encode()).post("/v1/chat/completions");
    }

    private static String answer(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.jsonPath().getString("choices[0].message.content");
    }
}

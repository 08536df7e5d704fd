package io.triage.cache;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.triage.testing.Fault;
import io.triage.testing.SseEvents;
import io.triage.testing.ThreeUpstreams;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.triage.testing.ChatBodies.chat;
import static io.triage.testing.ChatBodies.unique;
import static io.restassured.RestAssured.given;
import static io.triage.testing.ThreeUpstreams.remote;
import static io.triage.testing.ThreeUpstreams.secondary;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caches through the gateway, with {@code src/test/resources/policies-cache}: deterministic
 * requests are cached exactly on every route, route {@code secondary} caches everything and
 * semantically (threshold 0.93), route {@code remote-only} caches nothing.
 */
@QuarkusTest
@TestProfile(CacheGatewayTest.Profile.class)
@QuarkusTestResource(value = ThreeUpstreams.class, restrictToAnnotatedClass = true)
class CacheGatewayTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triage.policies.dir", "src/test/resources/policies-cache");
        }
    }

    @BeforeEach
    void reset() {
        ThreeUpstreams.resetAll();
    }

    @Test
    void deterministicRequest_isAnsweredFromTheCacheTheSecondTime() {
        JsonObject body = greedy("remote", unique("What is the capital of France?"));
        Response first = post(body);
        Response second = post(body);
        assertThat(first.header("x-triage-cache")).isEqualTo("miss");
        assertThat(second.header("x-triage-cache")).isEqualTo("hit");
        assertThat(second.jsonPath().getString("choices[0].message.content")).isEqualTo(remote().answer());
        assertThat(second.jsonPath().getString("model")).isEqualTo("large-remote");
        assertThat(second.header("x-triage-backend")).isEqualTo("remote");
        assertThat(remote().requests()).hasSize(1);
    }

    @Test
    void cacheHit_requestedAsAStream_isReplayedAsAProperStream() {
        JsonObject body = greedy("remote", unique("Name a colour."));
        post(body);
        Response replay = post(body.copy().put("stream", true).put("stream_options", new JsonObject().put("include_usage", true)));
        SseEvents events = SseEvents.parse(replay.asString());
        assertThat(replay.header("x-triage-cache")).isEqualTo("hit");
        assertThat(replay.contentType()).startsWith("text/event-stream");
        assertThat(events.chunks().get(0).getJsonArray("choices").getJsonObject(0).getJsonObject("delta").getString("role"))
                .isEqualTo("assistant");
        assertThat(events.text()).isEqualTo(remote().answer());
        assertThat(events.finishReason()).contains("stop");
        assertThat(events.chunks().get(events.chunks().size() - 1).getJsonObject("usage").getInteger("total_tokens")).isEqualTo(25);
        assertThat(events.done()).isTrue();
        assertThat(remote().requests()).hasSize(1);
    }

    @Test
    void nonDeterministicRequest_isNotCached() {
        JsonObject body = greedy("remote", unique("Write a line about the sea.")).put("temperature", 0.8);
        post(body);
        assertThat(post(body).header("x-triage-cache")).isEqualTo("miss");
        assertThat(remote().requests()).hasSize(2);
    }

    @Test
    void errors_areNotCached() {
        JsonObject body = greedy("secondary", unique("What is 2 + 2?"));
        secondary().then(Fault.status(500));
        assertThat(post(body).statusCode()).isEqualTo(502);
        Response retried = post(body);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.header("x-triage-cache")).isEqualTo("miss");
        assertThat(post(body).header("x-triage-cache")).isEqualTo("hit");
    }

    @Test
    void partialStreams_areNotCached() {
        remote().answerWith("The capital of France is Paris.");
        remote().always(Fault.afterPieces(Fault.Kind.CUT, 2));
        JsonObject body = greedy("no-rescue", unique("What is the capital of France?")).put("stream", true);
        SseEvents broken = SseEvents.parse(post(body).asString());
        assertThat(broken.error()).isPresent();
        remote().always(null);
        Response again = post(body);
        assertThat(again.header("x-triage-cache")).isEqualTo("miss");
        assertThat(SseEvents.parse(again.asString()).text()).isEqualTo("The capital of France is Paris.");
        assertThat(remote().requests()).hasSize(2);
    }

    @Test
    void differentSystemPrompt_isAMiss() {
        String question = unique("What is the capital of Italy?");
        post(greedy("remote", question));
        JsonObject withSystem = greedy("remote", question);
        withSystem.getJsonArray("messages").add(0, new JsonObject().put("role", "system").put("content", "Answer in French."));
        assertThat(post(withSystem).header("x-triage-cache")).isEqualTo("miss");
        assertThat(remote().requests()).hasSize(2);
    }

    @Test
    void routeWithoutCaching_neverHits() {
        JsonObject body = greedy("remote-only", unique("What is the capital of Spain?"));
        post(body);
        assertThat(post(body).header("x-triage-cache")).isEqualTo("miss");
    }

    @Test
    void semanticRoute_answersAParaphraseFromTheCache() {
        String city = "Zzyzx" + UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "q");
        post(chat("secondary", "What is the capital of France? Asked by " + city));
        Response near = post(chat("secondary", "What's the capital city of France? Asked by " + city));
        assertThat(near.header("x-triage-cache")).isEqualTo("semantic");
        assertThat(secondary().requests()).hasSize(1);
    }

    private static JsonObject greedy(String model, String text) {
        return chat(model, text).put("temperature", 0);
    }

    private static Response post(JsonObject body) {
        return given().contentType(ContentType.JSON).body(body.encode()).post("/v1/chat/completions");
    }
}

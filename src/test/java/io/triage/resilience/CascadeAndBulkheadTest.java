package io.triage.resilience;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.triage.testing.ChatBodies;
import io.triage.testing.Fault;
import io.triage.testing.SseEvents;
import io.triage.testing.ThreeUpstreams;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static io.triage.testing.ThreeUpstreams.local;
import static io.triage.testing.ThreeUpstreams.remote;
import static io.triage.testing.ThreeUpstreams.secondary;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cascade (route {@code cascade-local}: the small model first, escalated to remote when its
 * answer looks unreliable) and the local bulkhead (one call at a time), from
 * {@code src/test/resources/policies-resilience}.
 */
@QuarkusTest
@TestProfile(UpstreamFailuresTest.Profile.class)
@QuarkusTestResource(value = ThreeUpstreams.class, restrictToAnnotatedClass = true)
class CascadeAndBulkheadTest {

    @TestHTTPResource("/")
    URI root;

    private static int port;

    @BeforeEach
    void reset() {
        port = root.getPort();
        ThreeUpstreams.resetAll();
    }

    @Test
    void cascade_keepsAGoodSmallModelAnswer() {
        Response response = post(chat("cascade-local"));
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo(local().answer());
        assertThat(remote().requests()).isEmpty();
    }

    @Test
    void cascade_escalatesARefusal_andBothAttemptsAreMade() {
        local().answerWith("I'm sorry, but I can't help with that.");
        Response response = post(chat("cascade-local"));
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo(remote().answer());
        assertThat(response.jsonPath().getString("model")).isEqualTo("large-remote");
        assertThat(response.header("x-triage-fallback-from")).isEqualTo("cascade-local");
        assertThat(local().requests()).hasSize(1);
        assertThat(remote().requests()).hasSize(1);
    }

    @Test
    void cascade_escalatesAnEmptyAnswer() {
        local().answerWith("");
        assertThat(post(chat("cascade-local")).jsonPath().getString("choices[0].message.content")).isEqualTo(remote().answer());
    }

    @Test
    void cascade_escalatesInvalidJson_whenJsonWasAskedFor_andKeepsValidJson() {
        local().answerWith("Sure! {\"sentiment\": \"positive\"");
        JsonObject asksJson = chat("cascade-local").put("response_format", new JsonObject().put("type", "json_object"));
        assertThat(post(asksJson).jsonPath().getString("choices[0].message.content")).isEqualTo(remote().answer());

        ThreeUpstreams.resetAll();
        local().answerWith("{\"sentiment\": \"positive\"}");
        assertThat(post(asksJson).jsonPath().getString("choices[0].message.content")).isEqualTo("{\"sentiment\": \"positive\"}");
        assertThat(remote().requests()).isEmpty();
    }

    @Test
    void cascade_ofAStream_holdsTheSmallAnswerBack_theClientSeesOnlyTheEscalatedOne() {
        local().answerWith("I am unable to help with that request.");
        Response response = post(chat("cascade-local").put("stream", true));
        SseEvents events = SseEvents.parse(response.asString());
        assertThat(events.text()).isEqualTo(remote().answer());
        assertThat(events.models()).containsExactly("large-remote");
    }

    @Test
    void cascade_escalatesAnUnsureAnswer_byItsMeanTokenLogProbability() {
        local().logprobOf(-2.5);
        assertThat(post(chat("cascade-unsure")).jsonPath().getString("choices[0].message.content")).isEqualTo(remote().answer());
        assertThat(local().lastRequest().getBoolean("logprobs")).isTrue();

        ThreeUpstreams.resetAll();
        local().logprobOf(-0.3);
        assertThat(post(chat("cascade-unsure")).jsonPath().getString("choices[0].message.content")).isEqualTo(local().answer());
        assertThat(remote().requests()).isEmpty();
    }

    @Test
    void cascade_whoseEscalationFails_deliversTheSmallModelsAnswer() {
        local().answerWith("I'm sorry, I can't answer that.");
        remote().always(Fault.status(503));
        secondary().always(Fault.status(503));
        Response response = post(chat("cascade-local"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo("I'm sorry, I can't answer that.");
    }

    @Test
    void localBulkheadFull_spillsTheSecondRequestToTheNextRoute_insteadOfQueueing() {
        local().always(Fault.slow(1_500));
        // Two connections at once (RestAssured would reuse one): the second arrives while the first holds the bulkhead.
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<String>> calls = Stream.of(0, 200)
                .map(delay -> CompletableFuture.supplyAsync(() -> {
                    pause(delay);
                    return send(client, chat("local"));
                })).toList();
        List<String> answers = calls.stream().map(CompletableFuture::join)
                .map(body -> new JsonObject(body).getJsonArray("choices").getJsonObject(0).getJsonObject("message")
                        .getString("content")).toList();
        assertThat(answers).containsExactlyInAnyOrder(local().answer(), remote().answer());
        assertThat(local().requests()).hasSize(1);
    }

    private static String send(HttpClient client, JsonObject body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/chat/completions"))
                    .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode())).build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonObject chat(String model) {
        return ChatBodies.chat(model, "What is the capital of France?");
    }

    private static Response post(JsonObject body) {
        return given().contentType(ContentType.JSON).body(body.encode()).post("/v1/chat/completions");
    }
}

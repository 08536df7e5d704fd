package io.triage.resilience;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.triage.testing.ChatBodies;
import io.triage.testing.Fault;
import io.triage.testing.ManualTime;
import io.triage.testing.SseEvents;
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
 * What a client sees, and how long it waits, when an upstream misbehaves. Routes and limits are in
 * {@code src/test/resources/policies-resilience}: remote falls over to secondary then local; first
 * token and idle timeouts are 400 ms, the deadline 2 s, three attempts per backend.
 */
@QuarkusTest
@TestProfile(UpstreamFailuresTest.Profile.class)
@QuarkusTestResource(value = ThreeUpstreams.class, restrictToAnnotatedClass = true)
class UpstreamFailuresTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triage.policies.dir", "src/test/resources/policies-resilience");
        }
    }

    @BeforeEach
    void reset() {
        ThreeUpstreams.resetAll();
        ManualTime.clearWaits();
    }

    @Test
    void rateLimitedOnce_withRetryAfter_waitsThatLongAndRetriesTheSameBackend() {
        remote().then(Fault.rateLimited("1"));
        Response response = post(chat("remote"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo(remote().answer());
        assertThat(remote().requests()).hasSize(2);
        assertThat(ManualTime.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1125)));
    }

    @Test
    void persistentRateLimit_withoutFallback_is429AfterEveryAttempt() {
        remote().always(Fault.rateLimited("1"));
        Response response = post(chat("remote-only"));
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("rate_limit_exceeded");
        assertThat(response.jsonPath().getString("error.type")).isEqualTo("rate_limit_error");
        assertThat(remote().requests()).hasSize(3);
    }

    @Test
    void retryAfterBeyondTheCap_isNotWaitedFor_theNextRouteAnswers() {
        remote().always(Fault.rateLimited("60"));
        Response response = post(chat("remote"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo(secondary().answer());
        assertThat(remote().requests()).hasSize(1);
        assertThat(ManualTime.waits()).isEmpty();
    }

    @Test
    void serverErrorOnce_isRetriedOnTheSameBackend() {
        remote().then(Fault.status(500));
        Response response = post(chat("remote"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("x-triage-backend")).isEqualTo("remote");
        assertThat(response.header("x-triage-fallback-from")).isNull();
        assertThat(remote().requests()).hasSize(2);
        assertThat(secondary().requests()).isEmpty();
    }

    @Test
    void persistent503_fallsOverAfterItsRetries_andModelAndUsageAreTheFallbacks() {
        remote().always(Fault.status(503));
        secondary().usageOf(30, 7);
        Response response = post(chat("remote"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(remote().requests()).hasSize(3);
        assertThat(response.header("x-triage-backend")).isEqualTo("secondary");
        assertThat(response.header("x-triage-fallback-from")).isEqualTo("remote");
        assertThat(response.jsonPath().getString("model")).isEqualTo("large-secondary");
        assertThat(response.jsonPath().getInt("usage.prompt_tokens")).isEqualTo(30);
        assertThat(response.jsonPath().getInt("usage.completion_tokens")).isEqualTo(7);
        assertThat(response.jsonPath().getInt("usage.total_tokens")).isEqualTo(37);
    }

    @Test
    void everyRouteOfTheChainFailing_isOneClearError() {
        remote().always(Fault.status(503));
        secondary().always(Fault.status(503));
        local().always(Fault.status(503));
        Response response = post(chat("remote"));
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.jsonPath().getString("error.message"))
                .contains("route 'remote'", "route 'secondary'", "route 'local'");
    }

    @Test
    void connectionReset_fallsOver() {
        remote().always(Fault.of(Fault.Kind.RESET));
        Response response = post(chat("remote"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo(secondary().answer());
    }

    @Test
    void noResponseAtAll_isAbandonedAtTheDeadline_andFallsOver() {
        remote().always(Fault.of(Fault.Kind.SILENT));
        long start = System.nanoTime();
        Response response = post(chat("remote"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo(secondary().answer());
        assertThat(millis).isBetween(1_900L, 5_000L);
    }

    @Test
    void streamWithNoFirstToken_isAbandonedAfterTheFirstTokenTimeout_andFallsOverInvisibly() {
        remote().always(Fault.slow(10_000));
        long start = System.nanoTime();
        SseEvents events = stream(chat("remote"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(events.text()).isEqualTo(secondary().answer());
        assertThat(events.done()).isTrue();
        assertThat(events.models()).containsExactly("large-secondary");
        // Three attempts of 400 ms each, then the fallback.
        assertThat(millis).isBetween(1_100L, 4_000L);
    }

    @Test
    void slowFirstToken_withinTheTimeout_isServedNormally() {
        remote().always(Fault.slow(150));
        SseEvents events = stream(chat("remote"));
        assertThat(events.text()).isEqualTo(remote().answer());
        assertThat(remote().requests()).hasSize(1);
    }

    @Test
    void streamCutMidAnswer_isContinuedByTheNextRoute_fromTheTextAlreadySent() {
        remote().answerWith("The capital of France is Paris.");
        remote().always(Fault.afterPieces(Fault.Kind.CUT, 3));
        secondary().answerWith("is Paris.");
        SseEvents events = stream(chat("remote"));
        assertThat(events.text()).isEqualTo("The capital of is Paris.");
        assertThat(events.done()).isTrue();
        assertThat(events.error()).isEmpty();
        assertThat(events.finishReason()).contains("stop");
        assertThat(events.models()).containsExactly("large-remote", "large-secondary");
        JsonArray handedOver = secondary().lastRequest().getJsonArray("messages");
        assertThat(handedOver.getJsonObject(handedOver.size() - 2).getString("content")).isEqualTo("The capital of ");
        assertThat(handedOver.getJsonObject(handedOver.size() - 2).getString("role")).isEqualTo("assistant");
        assertThat(handedOver.getJsonObject(handedOver.size() - 1).getString("content")).isEqualTo(Continuation.INSTRUCTION);
    }

    @Test
    void streamCutMidAnswer_onARouteThatDoesNotContinue_endsWithAnErrorEvent_neverAsSuccess() {
        remote().answerWith("The capital of France is Paris.");
        remote().always(Fault.afterPieces(Fault.Kind.CUT, 3));
        SseEvents events = stream(chat("no-rescue"));
        assertThat(events.text()).isEqualTo("The capital of ");
        assertThat(events.finishReason()).isEmpty();
        assertThat(events.error()).hasValueSatisfying(error -> assertThat(error.getString("type")).isEqualTo("server_error"));
        assertThat(events.done()).isTrue();
        assertThat(secondary().requests()).isEmpty();
    }

    @Test
    void streamThatStalls_isAbandonedAfterTheIdleTimeout_andContinuedElsewhere() {
        remote().answerWith("One two three four.");
        remote().always(Fault.afterPieces(Fault.Kind.STALL, 2));
        secondary().answerWith("three four.");
        long start = System.nanoTime();
        SseEvents events = stream(chat("remote"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(events.text()).isEqualTo("One two three four.");
        assertThat(events.done()).isTrue();
        assertThat(events.error()).isEmpty();
        assertThat(millis).isBetween(350L, 3_000L);
    }

    @Test
    void malformedChunk_breaksTheStream_whichIsContinuedElsewhere() {
        remote().answerWith("One two three four.");
        remote().always(Fault.afterPieces(Fault.Kind.MALFORMED, 1));
        secondary().answerWith("two three four.");
        SseEvents events = stream(chat("remote"));
        assertThat(events.text()).isEqualTo("One two three four.");
        assertThat(events.error()).isEmpty();
        assertThat(events.done()).isTrue();
    }

    @Test
    void streamWithoutDone_butWithAFinishReason_isACompleteAnswer() {
        remote().always(Fault.of(Fault.Kind.NO_DONE));
        SseEvents events = stream(chat("remote"));
        assertThat(events.text()).isEqualTo(remote().answer());
        assertThat(events.finishReason()).contains("stop");
        assertThat(events.done()).isTrue();
        assertThat(secondary().requests()).isEmpty();
    }

    @Test
    void streamEndingBeforeAnyText_withoutFinishReason_fallsOverInvisibly() {
        remote().always(Fault.afterPieces(Fault.Kind.END_EARLY, 0));
        SseEvents events = stream(chat("remote"));
        assertThat(events.text()).isEqualTo(secondary().answer());
        assertThat(events.models()).containsExactly("large-secondary");
        assertThat(events.error()).isEmpty();
    }

    @Test
    void bufferedRoute_hidesAFailureOfAShortAnswer_theClientSeesOnlyTheFallback() {
        local().always(Fault.afterPieces(Fault.Kind.CUT, 2));
        SseEvents events = stream(chat("buffered-local"));
        assertThat(events.text()).isEqualTo(remote().answer());
        assertThat(events.models()).containsExactly("large-remote");
    }

    @Test
    void contextLengthExceeded_goesToABackendThatMayTakeIt() {
        local().always(Fault.contextLengthExceeded());
        Response response = post(chat("local"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo(remote().answer());
        assertThat(local().requests()).hasSize(1);
    }

    @Test
    void contextLengthExceeded_withNowhereElseToGo_isAClean400() {
        remote().always(Fault.contextLengthExceeded());
        Response response = post(chat("remote-only"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("context_length_exceeded");
        assertThat(response.jsonPath().getString("error.type")).isEqualTo("invalid_request_error");
        assertThat(remote().requests()).hasSize(1);
    }

    @Test
    void contentFilter_isReported_notRetriedNorSentElsewhere() {
        remote().always(Fault.contentFilter());
        Response response = post(chat("remote"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("content_filter");
        assertThat(remote().requests()).hasSize(1);
        assertThat(secondary().requests()).isEmpty();
    }

    @Test
    void primaryThatFlaps_isRetriedAndEveryRequestSucceeds() {
        remote().then(Fault.status(502), Fault.status(500), Fault.status(503));
        for (int i = 0; i < 4; i++) {
            Response response = post(chat("remote"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getString("choices[0].message.content")).isIn(remote().answer(), secondary().answer());
        }
        assertThat(remote().requests()).hasSizeGreaterThanOrEqualTo(5);
    }

    private static JsonObject chat(String model) {
        return ChatBodies.chat(model, "What is the capital of France?");
    }

    private static Response post(JsonObject body) {
        return given().contentType(ContentType.JSON).body(body.encode()).post("/v1/chat/completions");
    }

    private static SseEvents stream(JsonObject body) {
        Response response = post(body.put("stream", true));
        assertThat(response.statusCode()).isEqualTo(200);
        return SseEvents.parse(response.asString());
    }
}

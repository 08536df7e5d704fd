package io.triage.dashboard;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.vertx.core.json.JsonObject;

import java.util.Map;

import static io.triage.testing.ChatBodies.chat;
import static io.triage.testing.ChatBodies.unique;
import static io.restassured.RestAssured.given;
import static io.triage.testing.FakeUpstreams.local;
import static io.triage.testing.FakeUpstreams.remote;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real requests through the gateway for the dashboard tests, as tenant {@code initech} of
 * {@code src/test/resources/policies-tenants} (admin token {@code admin-test-token}).
 */
final class Traffic {

    static final String ADMIN = "admin-test-token";
    static final String KEY = "sk-initech-test";

    private Traffic() {
    }

    /** The tenants policy dir: keys, an admin token, and routes local (falls back to remote) and remote. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triage.policies.dir", "src/test/resources/policies-tenants");
        }
    }

    /**
     * Sends local, remote and auto requests, streamed and not, one cache hit and one fallback from
     * local to remote; every one must succeed. Returns how many requests were sent.
     */
    static int mix() {
        int sent = 0;
        for (String model : new String[] {"local", "remote", "auto", "auto"}) {
            ok(post(chat(model, unique("Is this review positive? I loved it."))));
            ok(post(chat(model, unique("Write a Python function that merges two sorted lists.")).put("stream", true)));
            sent += 2;
        }
        JsonObject cacheable = chat("remote", unique("What is the capital of Chile?")).put("temperature", 0);
        ok(post(cacheable));
        assertThat(ok(post(cacheable)).header("x-triage-cache")).isEqualTo("hit");
        local().failWith(503);
        try {
            assertThat(ok(post(chat("local", unique("Translate to French: good morning")))).header("x-triage-fallback-from"))
                    .isEqualTo("local");
        } finally {
            local().reset();
            remote().reset();
        }
        return sent + 3;
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + ADMIN);
    }

    static Response post(JsonObject body) {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON).body(body.encode())
                .post("/v1/chat/completions");
    }

    private static Response ok(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }
}

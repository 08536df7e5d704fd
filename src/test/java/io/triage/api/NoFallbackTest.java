package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.triage.testing.RemoteOnlyUpstream;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A local route without fallback and without a local model answers a clear 503. */
@QuarkusTest
@TestProfile(NoFallbackTest.Profile.class)
@QuarkusTestResource(value = RemoteOnlyUpstream.class, restrictToAnnotatedClass = true)
class NoFallbackTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triage.policies.dir", "src/test/resources/policies-no-fallback");
        }
    }

    @Test
    void localTierRequest_withoutFallback_is503BackendUnavailable() {
        given().contentType(ContentType.JSON).body(Requests.chat("auto", Requests.SENTIMENT).encode())
                .post("/v1/chat/completions").then()
                .statusCode(503)
                .header("x-triage-tier", "local")
                .body("error.type", equalTo("server_error"))
                .body("error.code", equalTo("backend_unavailable"))
                .body("error.message", containsString("TRIAGE_LOCAL_BASE_URL"));
    }

    @Test
    void remoteTierRequest_stillWorks() {
        given().contentType(ContentType.JSON).body(Requests.chat("auto", Requests.MATH).encode())
                .post("/v1/chat/completions").then().statusCode(200).header("x-triage-tier", "remote");
    }
}

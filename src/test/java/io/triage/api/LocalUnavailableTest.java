package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triage.testing.RemoteOnlyUpstream;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Without a local model the gateway starts, says so, and sends local-tier requests down the fallback route. */
@QuarkusTest
@QuarkusTestResource(value = RemoteOnlyUpstream.class, restrictToAnnotatedClass = true)
class LocalUnavailableTest {

    @Test
    void models_saysTheLocalTierIsUnavailableAndWhy() {
        given().get("/v1/models").then().statusCode(200)
                .body("data.find { it.id == 'local' }.triage.available", equalTo(false))
                .body("data.find { it.id == 'local' }.triage.unavailable_reason", containsString("TRIAGE_LOCAL_BASE_URL"))
                .body("data.find { it.id == 'large-remote' }.triage.available", equalTo(true));
    }

    @Test
    void localTierRequest_fallsOverToRemoteAndSaysSo() {
        given().contentType(ContentType.JSON).body(Requests.chat("auto", Requests.SENTIMENT).encode())
                .post("/v1/chat/completions").then()
                .statusCode(200)
                .header("x-triage-task", "sentiment")
                .header("x-triage-rule", "simple-tasks-stay-local")
                .header("x-triage-route", "remote")
                .header("x-triage-tier", "remote")
                .header("x-triage-fallback-from", "local")
                .body("choices[0].message.content", equalTo("Answer from remote."));
    }

    @Test
    void route_saysTheChosenBackendIsUnavailable() {
        given().contentType(ContentType.JSON).body(Requests.chat("auto", Requests.SENTIMENT).encode())
                .post("/v1/route").then().statusCode(200)
                .body("tier", equalTo("local"))
                .body("available", equalTo(false))
                .body("fallback[0]", equalTo("remote"));
    }
}

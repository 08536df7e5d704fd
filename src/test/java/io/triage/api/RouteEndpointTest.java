package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triage.testing.FakeUpstreams;
import io.vertx.core.json.JsonArray;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class RouteEndpointTest {

    @Test
    void route_answersWithTheDecisionAndCallsNoModel() {
        FakeUpstreams.local().reset();
        FakeUpstreams.remote().reset();
        given().contentType(ContentType.JSON).body(Requests.chat("auto", Requests.SENTIMENT).encode())
                .post("/v1/route").then()
                .statusCode(200)
                .body("task", equalTo("sentiment"))
                .body("tier", equalTo("local"))
                .body("route", equalTo("local"))
                .body("backend", equalTo("local"))
                .body("model", equalTo("small-local"))
                .body("rule", equalTo("simple-tasks-stay-local"))
                .body("reasons", not(empty()))
                .body("reasons", hasItem(org.hamcrest.Matchers.containsString("simple-tasks-stay-local")))
                .body("classifier_ms", greaterThanOrEqualTo(0f))
                .body("confidence", notNullValue())
                .body("complexity", notNullValue())
                .body("tokens", greaterThan(0))
                .body("fallback[0]", equalTo("remote"));
        assertThat(FakeUpstreams.local().requests()).isEmpty();
        assertThat(FakeUpstreams.remote().requests()).isEmpty();
    }

    @Test
    void route_whenTaskHintHeader_skipsClassification() {
        given().contentType(ContentType.JSON).header("x-triage-task", "code")
                .body(Requests.chat("auto", Requests.SENTIMENT).encode())
                .post("/v1/route").then()
                .statusCode(200)
                .body("task", equalTo("code"))
                .body("tier", equalTo("remote"))
                .body("confidence", equalTo(1.0f));
    }

    @Test
    void route_whenOverTheTokenLimit_goesRemote() {
        String longText = "Please fix the grammar of this text. " + "The cat sit on the mat and it were happy. ".repeat(300);
        given().contentType(ContentType.JSON).body(Requests.chat("auto", longText).encode())
                .post("/v1/route").then()
                .statusCode(200)
                .body("tier", equalTo("remote"))
                .body("rule", equalTo("large-requests-go-remote"))
                .body("tokens", greaterThan(1500));
    }

    @Test
    void route_whenToolsPresent_goesRemote() {
        given().contentType(ContentType.JSON)
                .body(Requests.chat("auto", Requests.SENTIMENT).put("tools", new JsonArray().add(Requests.weatherTool())).encode())
                .post("/v1/route").then()
                .statusCode(200)
                .body("tier", equalTo("remote"))
                .body("rule", equalTo("tools-go-remote"));
    }
}

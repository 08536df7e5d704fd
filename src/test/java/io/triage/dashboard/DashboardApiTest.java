package io.triage.dashboard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.triage.testing.FakeUpstreams;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static io.triage.dashboard.Traffic.admin;
import static io.triage.dashboard.Traffic.post;
import static io.triage.testing.ChatBodies.chat;
import static io.triage.testing.ChatBodies.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's page and the admin endpoints it reads, through the gateway with fake upstreams. */
@QuarkusTest
@TestProfile(Traffic.Profile.class)
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class DashboardApiTest {

    @Test
    void series_byTier_countsTheRequestsJustSentInTheirTier() {
        long localBefore = requests("tier", "local");
        long remoteBefore = requests("tier", "remote");
        post(chat("local", unique("Is this review positive? Nice.")));
        post(chat("local", unique("Is this review positive? Fine.")).put("stream", true));
        post(chat("remote", unique("Prove that there are infinitely many primes.")));

        assertThat(requests("tier", "local") - localBefore).isEqualTo(2);
        assertThat(requests("tier", "remote") - remoteBefore).isEqualTo(1);
    }

    @Test
    void series_saysItsBucketsAndAlignsThemOnTheBucketSize() {
        post(chat("remote", unique("Explain recursion.")));
        JsonObject series = json(admin().queryParam("group_by", "route").queryParam("minutes", 30)
                .queryParam("bucket", 300).get("/admin/series"));

        assertThat(series.getString("object")).isEqualTo("series");
        assertThat(series.getInteger("bucket_seconds")).isEqualTo(300);
        assertThat(series.getJsonArray("data")).isNotEmpty().allSatisfy(point -> assertThat(
                java.time.Instant.parse(((JsonObject) point).getString("start")).getEpochSecond() % 300).isZero());
    }

    @Test
    void series_withBadParameters_answersAnOpenAiError() {
        assertBadParam(admin().queryParam("group_by", "colour").get("/admin/series"), "group_by");
        assertBadParam(admin().queryParam("bucket", 0).get("/admin/series"), "bucket");
        assertBadParam(admin().queryParam("minutes", "an hour").get("/admin/series"), "minutes");
        assertBadParam(admin().queryParam("minutes", 1440).queryParam("bucket", 1).get("/admin/series"), "bucket");
        assertBadParam(admin().queryParam("minutes", -5).get("/admin/latency"), "minutes");
    }

    @Test
    void latency_afterAStream_hasPercentilesOfLatencyOverheadAndTtft() {
        post(chat("remote", unique("Explain recursion.")).put("stream", true));
        JsonObject latency = json(admin().queryParam("minutes", 60).get("/admin/latency"));

        assertThat(latency.getLong("requests")).isPositive();
        for (String timing : List.of("latency_ms", "overhead_ms", "ttft_ms")) {
            JsonObject p = latency.getJsonObject(timing);
            assertThat(p.getLong("count")).as(timing).isPositive();
            assertThat(p.getDouble("p50")).as(timing).isNotNull().isLessThanOrEqualTo(p.getDouble("p95"));
            assertThat(p.getDouble("p95")).as(timing).isLessThanOrEqualTo(p.getDouble("p99"));
        }
    }

    @Test
    void backends_listEachBackendWithItsTierAndBreakerState() {
        JsonArray data = json(admin().get("/admin/backends")).getJsonArray("data");

        assertThat(data.stream().map(JsonObject.class::cast).map(b -> b.getString("name") + ":" + b.getString("tier")
                + ":" + b.getBoolean("available") + ":" + b.getString("breaker")))
                .containsExactly("local:local:true:closed", "remote:remote:true:closed");
    }

    @Test
    void decisions_carryOverheadAndTtft() {
        post(chat("remote", unique("Explain recursion.")).put("stream", true));
        JsonObject latest = json(admin().queryParam("limit", 1).get("/admin/decisions")).getJsonArray("data").getJsonObject(0);

        assertThat(latest.getLong("overhead_ms")).isNotNull().isNotNegative();
        assertThat(latest.getLong("ttft_ms")).isNotNull().isNotNegative();
    }

    @Test
    void everyDataEndpoint_refusesWithoutTheAdminToken() {
        for (String path : List.of("/admin/series", "/admin/latency", "/admin/backends", "/admin/usage", "/admin/decisions")) {
            Response none = given().get(path);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.jsonPath().getString("error.code")).as(path).isEqualTo("invalid_admin_token");
            assertThat(given().header("Authorization", "Bearer " + Traffic.KEY).get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(given().header("Authorization", "Bearer admin-wrong").get(path).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void dashboardPage_isServedWithoutData_andChartJsComesFromTheWebjar() {
        Response redirect = given().redirects().follow(false).get("/dashboard");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.header("location")).endsWith("/dashboard/");

        String page = given().get("/dashboard/").then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"token-form\"", "/webjars/chart.js/4.4.1/dist/chart.umd.js", "dashboard.js")
                .doesNotContain("initech");
        assertThat(given().get("/dashboard/dashboard.js").then().statusCode(200).extract().asString())
                .contains("Authorization: `Bearer ${token()}`");
        Response chartJs = given().get("/webjars/chart.js/4.4.1/dist/chart.umd.js");
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.asString()).contains("Chart.js v4.4.1");
    }

    private static long requests(String groupBy, String key) {
        JsonObject series = json(admin().queryParam("group_by", groupBy).queryParam("minutes", 60).get("/admin/series"));
        return series.getJsonArray("data").stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("key").equals(key)).mapToLong(p -> p.getLong("requests")).sum();
    }

    private static JsonObject json(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return new JsonObject(response.asString());
    }

    private static void assertBadParam(Response response, String param) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.type")).isEqualTo("invalid_request_error");
        assertThat(response.jsonPath().getString("error.param")).isEqualTo(param);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("invalid_value");
    }
}

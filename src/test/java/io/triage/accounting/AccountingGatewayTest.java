package io.triage.accounting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.triage.testing.FakeUpstreams;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.triage.testing.ChatBodies.chat;
import static io.triage.testing.ChatBodies.unique;
import static io.restassured.RestAssured.given;
import static io.triage.testing.FakeUpstreams.local;
import static io.triage.testing.FakeUpstreams.remote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Cost accounting through the gateway, with the test prices ({@code src/test/resources/pricing}):
 * large-remote 2.50/10.00 per million tokens (the baseline), small-local from hardware at 0.10/1.00;
 * the fake upstreams report 21 prompt and 4 completion tokens. Tenants are in
 * {@code src/test/resources/policies-tenants/tenants.yaml}.
 */
@QuarkusTest
@TestProfile(AccountingGatewayTest.Profile.class)
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class AccountingGatewayTest {

    static final String ADMIN = "admin-test-token";
    static final BigDecimal REMOTE_COST = new BigDecimal("0.0000925");
    static final BigDecimal LOCAL_COST = new BigDecimal("0.0000061");
    private static final Pattern COMMENT_COST = Pattern.compile(": x-triage-cost=(\\S+) x-triage-saved=(\\S+)");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triage.policies.dir", "src/test/resources/policies-tenants");
        }
    }

    @BeforeEach
    void reset() {
        local().reset();
        remote().reset();
    }

    @Test
    void remoteAnswer_costsItsTokensAtItsPrice_andSavesNothingAgainstTheBaseline() {
        Response response = post("sk-initech-test", chat("remote", unique("Prove that there are infinitely many primes.")));
        assertThat(new BigDecimal(response.header("x-triage-cost"))).isEqualByComparingTo(REMOTE_COST);
        assertThat(new BigDecimal(response.header("x-triage-saved"))).isEqualByComparingTo("0");
    }

    @Test
    void localAnswer_costsItsHardwareTime_andSavesTheDifference() {
        Response response = post("sk-initech-test", chat("local", unique("Is this review positive? I loved it.")));
        assertThat(new BigDecimal(response.header("x-triage-cost"))).isEqualByComparingTo(LOCAL_COST);
        assertThat(new BigDecimal(response.header("x-triage-saved"))).isEqualByComparingTo(REMOTE_COST.subtract(LOCAL_COST));
    }

    @Test
    void streamWithUpstreamUsage_isPricedFromIt_andTheCostEndsTheStream() {
        Response response = post("sk-initech-test", chat("remote", unique("Explain recursion.")).put("stream", true));
        assertThat(streamCost(response)).isEqualByComparingTo(REMOTE_COST);
        assertThat(response.header("trailer")).contains("x-triage-cost");
    }

    @Test
    void streamWithoutUpstreamUsage_isCountedByTriage_neverZero() {
        remote().omitUsage();
        Response response = post("sk-initech-test", chat("remote", unique("Explain recursion."))
                .put("stream", true).put("stream_options", new JsonObject().put("include_usage", true)));
        BigDecimal cost = streamCost(response);
        assertThat(cost).isPositive();
        JsonObject usage = lastUsage(response.asString());
        assertThat(usage.getInteger("completion_tokens")).isPositive();
        assertThat(usage.getInteger("prompt_tokens")).isPositive();
    }

    @Test
    void cacheHit_costsNothing_andSavesTheBaseline() {
        JsonObject body = chat("remote", unique("What is the capital of Chile?")).put("temperature", 0);
        post("sk-initech-test", body);
        Response hit = post("sk-initech-test", body);
        assertThat(hit.header("x-triage-cache")).isEqualTo("hit");
        assertThat(new BigDecimal(hit.header("x-triage-cost"))).isEqualByComparingTo("0");
        assertThat(new BigDecimal(hit.header("x-triage-saved"))).isEqualByComparingTo(REMOTE_COST);
    }

    @Test
    void anotherTenant_neverGetsACachedAnswer() {
        JsonObject body = chat("remote", unique("What is the capital of Peru?")).put("temperature", 0);
        post("sk-initech-test", body);
        assertThat(post("sk-initech-test", body).header("x-triage-cache")).isEqualTo("hit");
        assertThat(post("sk-umbrella-test", body.copy().put("model", "auto")).header("x-triage-cache")).isEqualTo("miss");
    }

    @Test
    void fallenOverRequest_isPricedAsTheModelThatAnswered() {
        local().failWith(503);
        Response response = post("sk-initech-test", chat("local", unique("Is this review positive? Great.")));
        assertThat(response.header("x-triage-fallback-from")).isEqualTo("local");
        assertThat(new BigDecimal(response.header("x-triage-cost"))).isEqualByComparingTo(REMOTE_COST);
    }

    @Test
    void cascadedRequest_paysForBothAttempts() {
        local().answerWith("I'm sorry, I can't help with that.");
        Response response = post("sk-initech-test", chat("cascade-local", unique("Summarise: the cat sat.")));
        assertThat(response.jsonPath().getString("model")).isEqualTo("large-remote");
        assertThat(new BigDecimal(response.header("x-triage-cost"))).isEqualByComparingTo(REMOTE_COST.add(LOCAL_COST));
        assertThat(new BigDecimal(response.header("x-triage-saved"))).isEqualByComparingTo(LOCAL_COST.negate());
    }

    @Test
    void mixedTraffic_adminTotalsEqualTheSumOfCostHeaders_andEveryGroupingAddsUpToTheTotal() {
        Instant from = Instant.now().minusSeconds(1);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 6; i++) {
            String model = i % 3 == 0 ? "local" : i % 3 == 1 ? "remote" : "auto";
            JsonObject body = chat(model, unique("Translate to French: good morning number " + i));
            Response response = post("sk-initech-second", i % 2 == 0 ? body : body.put("stream", true));
            sum = sum.add(i % 2 == 0 ? new BigDecimal(response.header("x-triage-cost")) : streamCost(response));
        }
        Response byTenant = admin().queryParam("group_by", "tenant").queryParam("from", from.toString()).get("/admin/usage");
        assertThat(byTenant.statusCode()).isEqualTo(200);
        BigDecimal initech = new BigDecimal(byTenant.jsonPath().getString("groups.find { it.key == 'initech' }.cost"));
        assertThat(initech).isGreaterThanOrEqualTo(sum);

        Instant window = Instant.now().plusSeconds(1);
        for (String groupBy : List.of("route", "tier", "task", "model", "tenant", "backend")) {
            JsonObject usage = new JsonObject(admin().queryParam("group_by", groupBy).queryParam("to", window.toString())
                    .get("/admin/usage").asString());
            BigDecimal cost = BigDecimal.ZERO;
            BigDecimal saved = BigDecimal.ZERO;
            long requests = 0;
            for (Object group : usage.getJsonArray("groups")) {
                JsonObject g = (JsonObject) group;
                cost = cost.add(new BigDecimal(g.getValue("cost").toString()));
                saved = saved.add(new BigDecimal(g.getValue("saved").toString()));
                requests += g.getLong("requests");
            }
            JsonObject total = usage.getJsonObject("total");
            assertThat(cost).as(groupBy).isEqualByComparingTo(new BigDecimal(total.getValue("cost").toString()));
            assertThat(saved).as(groupBy).isEqualByComparingTo(new BigDecimal(total.getValue("saved").toString()));
            assertThat(requests).as(groupBy).isEqualTo(total.getLong("requests"));
        }
    }

    @Test
    void onlyThisRunsRequests_adminUsageForTheSecondKeysWindow_matchesItsHeadersExactly() {
        String question = unique("Name a colour");
        Instant from = Instant.now();
        BigDecimal sum = BigDecimal.ZERO;
        sum = sum.add(new BigDecimal(post("sk-initech-test", chat("remote", question)).header("x-triage-cost")));
        sum = sum.add(streamCost(post("sk-initech-test", chat("local", question).put("stream", true))));
        Instant to = Instant.now().plusMillis(1);
        JsonObject usage = new JsonObject(admin().queryParam("group_by", "tenant").queryParam("from", from.toString())
                .queryParam("to", to.toString()).get("/admin/usage").asString());
        assertThat(new BigDecimal(usage.getJsonObject("total").getValue("cost").toString())).isEqualByComparingTo(sum);
    }

    @Test
    void prometheusMetrics_showCostByRoute() {
        post("sk-initech-test", chat("remote", unique("Prove it.")));
        String metrics = given().get("/q/metrics").asString();
        assertThat(metrics).contains("triage_cost_USD_total{").contains("route=\"remote\"")
                .contains("triage_requests_total{").contains("triage_gateway_overhead_seconds_bucket")
                .contains("triage_breaker_state{backend=\"remote\"}");
    }

    @Test
    void prometheusCostByRoute_growsByTheSumOfTheCostHeaders() {
        double before = metricSum("triage_cost_USD_total", "route=\"local\"");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            JsonObject body = chat("local", unique("Is this review positive? Fine " + i));
            Response response = post("sk-initech-test", i == 1 ? body.put("stream", true) : body);
            sum = sum.add(i == 1 ? streamCost(response) : new BigDecimal(response.header("x-triage-cost")));
        }
        assertThat(metricSum("triage_cost_USD_total", "route=\"local\"") - before).isCloseTo(sum.doubleValue(), within(1e-12));
    }

    private static double metricSum(String name, String label) {
        double sum = 0;
        for (String line : given().get("/q/metrics").asString().split("\n")) {
            if (line.startsWith(name + "{") && line.contains(label)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    @Test
    void tenantOverItsBudget_isRefusedWithInsufficientQuota() {
        for (int i = 0; i < 2; i++) {
            assertThat(post("sk-acme-test", chat("remote", unique("Prove it."))).statusCode()).isEqualTo(200);
        }
        Response refused = post("sk-acme-test", chat("remote", unique("Prove it.")));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath().getString("error.type")).isEqualTo("insufficient_quota");
        assertThat(refused.jsonPath().getString("error.code")).isEqualTo("insufficient_quota");
        assertThat(refused.jsonPath().getString("error.message")).contains("daily budget of 0.0001 USD");
    }

    @Test
    void tenantOverItsBudget_withDowngrade_isKeptOnTheLocalTier() {
        for (int i = 0; i < 2; i++) {
            post("sk-globex-test", chat("remote", unique("Prove it.")));
        }
        local().failWith(503);
        remote().reset();
        Response downgraded = post("sk-globex-test", chat("remote", unique("Prove it.")));
        assertThat(downgraded.statusCode()).isEqualTo(502);
        assertThat(remote().requests()).as("a downgraded request never falls back to a paid remote model").isEmpty();
        local().failWith(0);
        Response served = post("sk-globex-test", chat("remote", unique("Prove it.")));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.header("x-triage-tier")).isEqualTo("local");
        assertThat(served.header("x-triage-rule")).isEqualTo("budget-downgrade");
    }

    @Test
    void apiKeys_areChecked_againstTheirHashes() {
        assertThat(post("sk-wrong", chat("auto", "Hi")).statusCode()).isEqualTo(401);
        Response missing = given().contentType(ContentType.JSON).body(chat("auto", "Hi").encode()).post("/v1/chat/completions");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.jsonPath().getString("error.code")).isEqualTo("invalid_api_key");
        assertThat(post("sk-initech-test", chat("auto", unique("Hi"))).statusCode()).isEqualTo(200);
    }

    @Test
    void tenantLimits_onModelsRoutesAndRate_areEnforced() {
        Response model = post("sk-umbrella-test", chat("remote", "Hi"));
        assertThat(model.statusCode()).isEqualTo(403);
        assertThat(model.jsonPath().getString("error.code")).isEqualTo("model_not_allowed");

        // hooli may use route local only, twice an hour.
        Response route = post("sk-hooli-test", chat("remote", unique("Hi")));
        assertThat(route.statusCode()).isEqualTo(403);
        assertThat(route.jsonPath().getString("error.code")).isEqualTo("route_not_allowed");
        assertThat(post("sk-hooli-test", chat("local", unique("Hi"))).statusCode()).isEqualTo(200);
        Response rate = post("sk-hooli-test", chat("local", unique("Hi")));
        assertThat(rate.statusCode()).isEqualTo(429);
        assertThat(rate.jsonPath().getString("error.code")).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void adminEndpoints_refuseWithoutTheAdminToken() {
        assertThat(given().get("/admin/usage").statusCode()).isEqualTo(401);
        assertThat(given().header("Authorization", "Bearer sk-initech-test").get("/admin/decisions").statusCode()).isEqualTo(401);
        assertThat(admin().get("/admin/decisions").statusCode()).isEqualTo(200);
        assertThat(admin().queryParam("group_by", "colour").get("/admin/usage").statusCode()).isEqualTo(400);
    }

    @Test
    void adminDecisions_listRecentRequestsWithTheirReasons() {
        String question = unique("Is this review positive? Superb.");
        post("sk-initech-test", chat("auto", question));
        JsonObject latest = new JsonObject(admin().queryParam("tenant", "initech").queryParam("limit", 1)
                .get("/admin/decisions").asString()).getJsonArray("data").getJsonObject(0);
        assertThat(latest.getString("tenant")).isEqualTo("initech");
        assertThat(latest.getString("rule")).isNotBlank();
        assertThat(latest.getJsonArray("reasons")).isNotEmpty();
        assertThat(latest.getString("task")).isNotBlank();
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + ADMIN);
    }

    static Response post(String key, JsonObject body) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(body.encode())
                .post("/v1/chat/completions");
    }

    static BigDecimal streamCost(Response response) {
        Matcher m = COMMENT_COST.matcher(response.asString());
        assertThat(m.find()).as("the stream ends with its cost: " + response.asString()).isTrue();
        return new BigDecimal(m.group(1));
    }

    private static JsonObject lastUsage(String body) {
        JsonObject usage = null;
        for (String event : body.split("\n\n")) {
            if (event.startsWith("data: {")) {
                JsonObject chunk = new JsonObject(event.substring(6));
                if (chunk.getJsonObject("usage") != null) {
                    usage = chunk.getJsonObject("usage");
                }
            }
        }
        assertThat(usage).isNotNull();
        return usage;
    }
}

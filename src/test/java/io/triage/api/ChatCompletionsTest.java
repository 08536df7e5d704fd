package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.triage.testing.FakeUpstreams;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class ChatCompletionsTest {

    @BeforeEach
    void reset() {
        FakeUpstreams.local().reset();
        FakeUpstreams.remote().reset();
    }

    private static Response post(JsonObject body) {
        return given().contentType(ContentType.JSON).body(body.encode()).post("/v1/chat/completions");
    }

    @Test
    void auto_whenSentiment_isAnsweredByTheLocalModel() {
        post(Requests.chat("auto", Requests.SENTIMENT)).then()
                .statusCode(200)
                .header("x-triage-tier", "local")
                .header("x-triage-task", "sentiment")
                .header("x-triage-route", "local")
                .header("x-triage-backend", "local")
                .header("x-triage-rule", "simple-tasks-stay-local")
                .body("object", equalTo("chat.completion"))
                .body("id", startsWith("chatcmpl-"))
                .body("model", equalTo("small-local"))
                .body("choices[0].message.role", equalTo("assistant"))
                .body("choices[0].message.content", equalTo("Answer from local."))
                .body("choices[0].finish_reason", equalTo("stop"))
                .body("usage.prompt_tokens", equalTo(21))
                .body("usage.completion_tokens", equalTo(4))
                .body("usage.total_tokens", equalTo(25));
        assertThat(FakeUpstreams.remote().requests()).isEmpty();
        assertThat(FakeUpstreams.local().lastRequest().getString("model")).isEqualTo("small-local");
    }

    @Test
    void auto_whenMathWordProblem_isEscalatedToTheRemoteModel() {
        post(Requests.chat("auto", Requests.MATH)).then()
                .statusCode(200)
                .header("x-triage-tier", "remote")
                .header("x-triage-task", "math")
                .header("x-triage-backend", "remote")
                .header("x-triage-rule", "hard-tasks-go-remote")
                .body("model", equalTo("large-remote"))
                .body("choices[0].message.content", equalTo("Answer from remote."));
        assertThat(FakeUpstreams.local().requests()).isEmpty();
    }

    @Test
    void auto_whenToolsOffered_goesRemoteAndReturnsToolCalls() {
        JsonObject body = Requests.chat("auto", Requests.SENTIMENT)
                .put("tools", new JsonArray().add(Requests.weatherTool()))
                .put("tool_choice", "required");
        post(body).then()
                .statusCode(200)
                .header("x-triage-tier", "remote")
                .header("x-triage-rule", "tools-go-remote")
                .body("choices[0].finish_reason", equalTo("tool_calls"))
                .body("choices[0].message.tool_calls[0].id", equalTo("call_fake_1"))
                .body("choices[0].message.tool_calls[0].type", equalTo("function"))
                .body("choices[0].message.tool_calls[0].function.name", equalTo("get_weather"))
                .body("choices[0].message.tool_calls[0].function.arguments", equalTo("{\"city\":\"Paris\"}"));
        JsonObject forwarded = FakeUpstreams.remote().lastRequest();
        assertThat(forwarded.getJsonArray("tools").getJsonObject(0).getJsonObject("function").getString("name"))
                .isEqualTo("get_weather");
        assertThat(forwarded.getString("tool_choice")).isEqualTo("required");
    }

    @Test
    void toolResults_areForwardedWithTheirCallIds() {
        JsonObject body = new JsonObject().put("model", "auto").put("tools", new JsonArray().add(Requests.weatherTool()))
                .put("messages", new JsonArray()
                        .add(new JsonObject().put("role", "user").put("content", "Weather in Paris?"))
                        .add(new JsonObject().put("role", "assistant").putNull("content").put("tool_calls", new JsonArray()
                                .add(new JsonObject().put("id", "call_9").put("type", "function").put("function",
                                        new JsonObject().put("name", "get_weather").put("arguments", "{\"city\":\"Paris\"}")))))
                        .add(new JsonObject().put("role", "tool").put("tool_call_id", "call_9").put("content", "18°C, sunny")));
        post(body).then().statusCode(200).header("x-triage-tier", "remote");
        JsonArray forwarded = FakeUpstreams.remote().lastRequest().getJsonArray("messages");
        assertThat(forwarded.getJsonObject(1).getJsonArray("tool_calls").getJsonObject(0).getString("id")).isEqualTo("call_9");
        assertThat(forwarded.getJsonObject(2).getString("role")).isEqualTo("tool");
        assertThat(forwarded.getJsonObject(2).getString("tool_call_id")).isEqualTo("call_9");
        assertThat(forwarded.getJsonObject(2).getString("content")).isEqualTo("18°C, sunny");
    }

    @Test
    void samplingParameters_areForwardedToTheUpstream() {
        JsonObject body = Requests.chat("auto", Requests.MATH).put("temperature", 0.2).put("top_p", 0.9)
                .put("max_completion_tokens", 77).put("stop", new JsonArray().add("END")).put("seed", 42)
                .put("response_format", new JsonObject().put("type", "json_object"))
                .put("some_future_field", new JsonObject().put("x", 1));
        post(body).then().statusCode(200);
        JsonObject forwarded = FakeUpstreams.remote().lastRequest();
        assertThat(forwarded.getDouble("temperature")).isEqualTo(0.2);
        assertThat(forwarded.getDouble("top_p")).isEqualTo(0.9);
        assertThat(forwarded.getInteger("max_tokens")).isEqualTo(77);
        assertThat(forwarded.getJsonArray("stop").getString(0)).isEqualTo("END");
        assertThat(forwarded.getInteger("seed")).isEqualTo(42);
        assertThat(forwarded.getJsonObject("response_format").getString("type")).isEqualTo("json_object");
    }

    @Test
    void explicitBackendModel_goesStraightThereWithoutClassification() {
        post(Requests.chat("large-remote", Requests.SENTIMENT)).then()
                .statusCode(200)
                .header("x-triage-tier", "remote")
                .header("x-triage-rule", "explicit-model")
                .header("x-triage-task", "unclassified")
                .body("choices[0].message.content", equalTo("Answer from remote."));
    }

    @Test
    void routeName_asModel_takesThatRoute() {
        post(Requests.chat("local", Requests.MATH)).then()
                .statusCode(200)
                .header("x-triage-route", "local")
                .header("x-triage-rule", "requested-route")
                .body("choices[0].message.content", equalTo("Answer from local."));
    }

    @Test
    void unknownModel_is404ModelNotFound() {
        post(Requests.chat("gpt-17-ultra", "hi")).then()
                .statusCode(404)
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.code", equalTo("model_not_found"))
                .body("error.param", equalTo("model"))
                .body("error.message", notNullValue());
    }

    @Test
    void stream_sendsRoleFirstThenTextThenFinishReasonThenUsageThenDone() {
        JsonObject body = Requests.chat("auto", Requests.SENTIMENT).put("stream", true)
                .put("stream_options", new JsonObject().put("include_usage", true));
        Response response = post(body);
        response.then().statusCode(200)
                .header("content-type", startsWith("text/event-stream"))
                .header("x-triage-tier", "local")
                .header("x-triage-task", "sentiment");
        List<String> events = events(response.asString());
        assertThat(events.get(events.size() - 1)).isEqualTo("[DONE]");
        List<JsonObject> chunks = events.subList(0, events.size() - 1).stream().map(JsonObject::new).toList();
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.getString("object")).isEqualTo("chat.completion.chunk"));
        assertThat(chunks.stream().map(c -> c.getString("id")).distinct()).hasSize(1);
        JsonObject first = chunks.get(0).getJsonArray("choices").getJsonObject(0);
        assertThat(first.getJsonObject("delta").getString("role")).isEqualTo("assistant");
        String text = chunks.stream().filter(c -> !c.getJsonArray("choices").isEmpty())
                .map(c -> c.getJsonArray("choices").getJsonObject(0).getJsonObject("delta").getString("content", ""))
                .reduce("", String::concat);
        assertThat(text).isEqualTo("Answer from local.");
        JsonObject finish = chunks.get(chunks.size() - 2).getJsonArray("choices").getJsonObject(0);
        assertThat(finish.getString("finish_reason")).isEqualTo("stop");
        JsonObject usage = chunks.get(chunks.size() - 1);
        assertThat(usage.getJsonArray("choices")).isEmpty();
        assertThat(usage.getJsonObject("usage").getInteger("total_tokens")).isEqualTo(25);
    }

    @Test
    void stream_withoutIncludeUsage_hasNoUsageChunk() {
        Response response = post(Requests.chat("auto", Requests.MATH).put("stream", true));
        response.then().statusCode(200).header("x-triage-tier", "remote");
        List<String> events = events(response.asString());
        assertThat(events).last().isEqualTo("[DONE]");
        assertThat(events.subList(0, events.size() - 1)).noneMatch(e -> new JsonObject(e).containsKey("usage"));
    }

    @Test
    void stream_withToolCall_endsWithToolCallsFinishReason() {
        JsonObject body = Requests.chat("auto", "Weather in Paris?").put("stream", true)
                .put("tools", new JsonArray().add(Requests.weatherTool())).put("tool_choice", "required");
        List<String> events = events(post(body).then().statusCode(200).extract().asString());
        List<JsonObject> chunks = events.subList(0, events.size() - 1).stream().map(JsonObject::new).toList();
        JsonObject toolChunk = chunks.stream().filter(c -> c.getJsonArray("choices").getJsonObject(0)
                .getJsonObject("delta").containsKey("tool_calls")).findFirst().orElseThrow();
        JsonObject call = toolChunk.getJsonArray("choices").getJsonObject(0).getJsonObject("delta")
                .getJsonArray("tool_calls").getJsonObject(0);
        assertThat(call.getInteger("index")).isZero();
        assertThat(call.getJsonObject("function").getString("name")).isEqualTo("get_weather");
        assertThat(chunks.get(chunks.size() - 1).getJsonArray("choices").getJsonObject(0).getString("finish_reason"))
                .isEqualTo("tool_calls");
    }

    @Test
    void legacyCompletions_areRoutedAndShapedAsTextCompletion() {
        JsonObject body = new JsonObject().put("model", "auto").put("prompt", Requests.SENTIMENT);
        given().contentType(ContentType.JSON).body(body.encode()).post("/v1/completions").then()
                .statusCode(200)
                .header("x-triage-tier", "local")
                .body("object", equalTo("text_completion"))
                .body("id", startsWith("cmpl-"))
                .body("choices[0].text", equalTo("Answer from local."))
                .body("choices[0].finish_reason", equalTo("stop"))
                .body("usage.total_tokens", equalTo(25));
        assertThat(FakeUpstreams.local().lastRequest().getInteger("max_tokens")).isEqualTo(16);
    }

    @Test
    void legacyCompletions_stream() {
        JsonObject body = new JsonObject().put("model", "auto").put("prompt", Requests.MATH).put("stream", true);
        String sse = given().contentType(ContentType.JSON).body(body.encode()).post("/v1/completions").then()
                .statusCode(200).header("x-triage-tier", "remote").extract().asString();
        List<String> events = events(sse);
        assertThat(events).last().isEqualTo("[DONE]");
        String text = events.subList(0, events.size() - 1).stream().map(JsonObject::new)
                .map(c -> c.getJsonArray("choices").getJsonObject(0).getString("text")).reduce("", String::concat);
        assertThat(text).isEqualTo("Answer from remote.");
    }

    @Test
    void models_listsAliasesRoutesAndBackendModels() {
        given().get("/v1/models").then()
                .statusCode(200)
                .body("object", equalTo("list"))
                .body("data.id", hasItems("auto", "local", "remote", "small-local", "large-remote"))
                .body("data.find { it.id == 'small-local' }.owned_by", equalTo("local"))
                .body("data.find { it.id == 'small-local' }.triage.tier", equalTo("local"))
                .body("data.find { it.id == 'small-local' }.triage.available", equalTo(true));
        given().get("/v1/models/auto").then().statusCode(200).body("id", equalTo("auto")).body("object", equalTo("model"));
        given().get("/v1/models/nope").then().statusCode(404).body("error.code", equalTo("model_not_found"));
    }

    static List<String> events(String sse) {
        return Arrays.stream(sse.split("\n\n"))
                .map(String::strip)
                .filter(block -> block.startsWith("data:"))
                .map(block -> block.substring("data:".length()).strip())
                .toList();
    }
}

package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triage.testing.AnthropicUpstream;
import io.triage.testing.FakeAnthropicServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A backend on Anthropic's messages API, reached through LangChain4j, answers in OpenAI's shapes. */
@QuarkusTest
@QuarkusTestResource(value = AnthropicUpstream.class, restrictToAnnotatedClass = true)
class AnthropicBackendTest {

    private static JsonObject request(boolean stream) {
        return new JsonObject().put("model", "claude-test").put("max_tokens", 50).put("stream", stream)
                .put("messages", new JsonArray()
                        .add(new JsonObject().put("role", "system").put("content", "Be brief."))
                        .add(new JsonObject().put("role", "user").put("content", "Say hello.")));
    }

    @Test
    void explicitModel_isAnsweredByAnthropicInOpenAiShape() {
        given().contentType(ContentType.JSON).body(request(false).encode()).post("/v1/chat/completions").then()
                .statusCode(200)
                .header("x-triage-backend", "claude")
                .header("x-triage-tier", "remote")
                .body("object", equalTo("chat.completion"))
                .body("choices[0].message.content", equalTo(FakeAnthropicServer.ANSWER))
                .body("choices[0].finish_reason", equalTo("stop"))
                .body("usage.prompt_tokens", equalTo(12))
                .body("usage.completion_tokens", equalTo(5));
        JsonObject sent = AnthropicUpstream.anthropic().requests().get(AnthropicUpstream.anthropic().requests().size() - 1);
        assertThat(sent.getString("model")).isEqualTo("claude-test");
        assertThat(sent.getInteger("max_tokens")).isEqualTo(50);
        assertThat(sent.encode()).contains("Be brief.").contains("Say hello.");
        assertThat(AnthropicUpstream.anthropic().apiKeys()).contains("sk-ant-test-key");
    }

    @Test
    void explicitModel_streamedFromAnthropic() {
        String sse = given().contentType(ContentType.JSON).body(request(true).encode()).post("/v1/chat/completions").then()
                .statusCode(200).header("x-triage-backend", "claude").extract().asString();
        List<String> events = ChatCompletionsTest.events(sse);
        assertThat(events).last().isEqualTo("[DONE]");
        String text = events.subList(0, events.size() - 1).stream().map(JsonObject::new)
                .map(c -> c.getJsonArray("choices").getJsonObject(0).getJsonObject("delta").getString("content", ""))
                .reduce("", String::concat);
        assertThat(text).isEqualTo(FakeAnthropicServer.ANSWER);
    }
}

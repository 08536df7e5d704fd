package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.triage.testing.EmbeddedTinyModel;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

/** The gateway with its local tier served by llama.cpp inside the JVM, from a GGUF file. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedTinyModel.class, restrictToAnnotatedClass = true)
class EmbeddedLlamaGatewayTest {

    @Test
    void sentiment_isAnsweredByTheEmbeddedModel() {
        given().contentType(ContentType.JSON)
                .body(Requests.chat("auto", Requests.SENTIMENT).put("max_tokens", 8).put("temperature", 0).encode())
                .post("/v1/chat/completions").then()
                .statusCode(200)
                .header("x-triage-tier", "local")
                .header("x-triage-backend", "local")
                .body("model", equalTo("tiny-llama"))
                .body("choices[0].message.content", notNullValue())
                .body("choices[0].finish_reason", equalTo("length"))
                .body("usage.prompt_tokens", greaterThan(0))
                .body("usage.completion_tokens", equalTo(8));
    }

    @Test
    void sentiment_streamedFromTheEmbeddedModel_endsWithUsageAndDone() {
        Response response = given().contentType(ContentType.JSON)
                .body(Requests.chat("auto", Requests.SENTIMENT).put("max_tokens", 6).put("stream", true)
                        .put("stream_options", new JsonObject().put("include_usage", true)).encode())
                .post("/v1/chat/completions");
        response.then().statusCode(200).header("x-triage-tier", "local");
        List<String> events = ChatCompletionsTest.events(response.asString());
        assertThat(events).last().isEqualTo("[DONE]");
        JsonObject usage = new JsonObject(events.get(events.size() - 2));
        assertThat(usage.getJsonObject("usage").getInteger("completion_tokens")).isEqualTo(6);
        long textChunks = events.subList(0, events.size() - 1).stream().map(JsonObject::new)
                .filter(c -> !c.getJsonArray("choices").isEmpty())
                .filter(c -> !c.getJsonArray("choices").getJsonObject(0).getJsonObject("delta").getString("content", "").isEmpty())
                .count();
        assertThat(textChunks).isPositive();
    }

    @Test
    void models_listsTheGgufModelAsAvailable() {
        given().get("/v1/models").then().statusCode(200)
                .body("data.find { it.id == 'tiny-llama' }.triage.available", equalTo(true))
                .body("data.find { it.id == 'tiny-llama' }.triage.tier", equalTo("local"));
    }
}

package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.triage.testing.FakeUpstreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Every malformed request gets a 4xx with OpenAI's error JSON, never a 500. */
@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class BadInputTest {

    private static ValidatableResponse post(String path, byte[] body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then()
                .contentType(ContentType.JSON)
                .body("error.message", notNullValue())
                .body("error.type", notNullValue());
    }

    private static ValidatableResponse post(String body) {
        return post("/v1/chat/completions", body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "invalid JSON                  | {\"model\": \"auto\", \"messages\": [         | 400 | invalid_json               | ",
            "JSON that is not an object    | [1, 2, 3]                                     | 400 | invalid_json               | ",
            "empty object                  | {}                                            | 400 | missing_required_parameter | model",
            "model of the wrong type       | {\"model\": 5, \"messages\": []}              | 400 | invalid_type               | model",
            "messages missing              | {\"model\": \"auto\"}                         | 400 | missing_required_parameter | messages",
            "messages empty                | {\"model\": \"auto\", \"messages\": []}       | 400 | empty_array                | messages",
            "messages not an array         | {\"model\": \"auto\", \"messages\": \"hi\"}   | 400 | invalid_type               | messages",
            "message not an object         | {\"model\": \"auto\", \"messages\": [\"hi\"]} | 400 | invalid_type               | messages[0]",
            "unknown role                  | {\"model\": \"auto\", \"messages\": [{\"role\": \"wizard\", \"content\": \"hi\"}]} | 400 | invalid_value | messages[0].role",
            "role missing                  | {\"model\": \"auto\", \"messages\": [{\"content\": \"hi\"}]} | 400 | missing_required_parameter | messages[0].role",
            "content of the wrong type     | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": 42}]} | 400 | invalid_type | messages[0].content",
            "user message without content  | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\"}]} | 400 | missing_required_parameter | messages[0].content",
            "unsupported content part      | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"input_audio\"}]}]} | 400 | invalid_value | messages[0].content[0].type",
            "tool message without call id  | {\"model\": \"auto\", \"messages\": [{\"role\": \"tool\", \"content\": \"x\"}]} | 400 | missing_required_parameter | messages[0].tool_call_id",
            "temperature as a string       | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"temperature\": \"hot\"} | 400 | invalid_type | temperature",
            "temperature out of range      | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"temperature\": 3} | 400 | invalid_value | temperature",
            "max_tokens zero               | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"max_tokens\": 0} | 400 | invalid_value | max_tokens",
            "max_tokens fractional         | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"max_tokens\": 1.5} | 400 | invalid_type | max_tokens",
            "n above one                   | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"n\": 2} | 400 | invalid_value | n",
            "stream not a boolean          | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"stream\": \"yes\"} | 400 | invalid_type | stream",
            "five stop sequences           | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"stop\": [\"a\",\"b\",\"c\",\"d\",\"e\"]} | 400 | invalid_value | stop",
            "unknown response format       | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"response_format\": {\"type\": \"xml\"}} | 400 | invalid_value | response_format.type",
            "json_schema without schema    | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"response_format\": {\"type\": \"json_schema\"}} | 400 | missing_required_parameter | response_format.json_schema",
            "tool of unknown type          | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"tools\": [{\"type\": \"retrieval\"}]} | 400 | invalid_value | tools[0].type",
            "bad function name             | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"no spaces allowed\"}}]} | 400 | invalid_value | tools[0].function.name",
            "tool_choice naming no tool    | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"tool_choice\": {\"type\": \"function\", \"function\": {\"name\": \"f\"}}} | 400 | invalid_value | tool_choice",
            "required without tools        | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"tool_choice\": \"required\"} | 400 | invalid_value | tool_choice",
            "metadata value not a string   | {\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"metadata\": {\"k\": 1}} | 400 | invalid_type | metadata.k",
            "unknown model                 | {\"model\": \"nope\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]} | 404 | model_not_found | model",
    })
    void chatCompletions_rejects(String label, String body, int status, String code, String param) {
        var response = post(body).statusCode(status).body("error.code", equalTo(code));
        if (param != null) {
            response.body("error.param", equalTo(param));
        }
    }

    @Test
    void emptyBody_is400() {
        post("/v1/chat/completions", new byte[0]).statusCode(400).body("error.code", equalTo("invalid_json"));
    }

    @Test
    void invalidUtf8_is400() {
        byte[] body = {'{', '"', 'm', 'o', 'd', 'e', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        post("/v1/chat/completions", body).statusCode(400).body("error.code", equalTo("invalid_json"));
    }

    @Test
    void deeplyNestedJson_is400() {
        String body = "{\"model\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"x\":"
                + "[".repeat(5000) + "]".repeat(5000) + "}";
        post(body).statusCode(400).body("error.code", equalTo("invalid_json"));
    }

    @Test
    void oversizedBody_is413() {
        String huge = "x".repeat(5 * 1024 * 1024);
        String body = "{\"model\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":\"" + huge + "\"}]}";
        post(body).statusCode(413).body("error.code", equalTo("request_too_large"));
    }

    @Test
    void tooManyMessages_is400() {
        String message = "{\"role\":\"user\",\"content\":\"hi\"},";
        String body = "{\"model\":\"auto\",\"messages\":[" + message.repeat(1100) + "{\"role\":\"user\",\"content\":\"hi\"}]}";
        post(body).statusCode(400).body("error.code", equalTo("array_above_max_length"));
    }

    @Test
    void unknownPath_is404InOpenAiShape() {
        given().post("/v1/embeddingz").then().statusCode(404)
                .body("error.code", equalTo("unknown_url"))
                .body("error.message", containsString("/v1/embeddingz"));
    }

    @Test
    void wrongMethod_is405() {
        given().get("/v1/chat/completions").then().statusCode(405).body("error.code", equalTo("method_not_allowed"));
    }

    @Test
    void legacyCompletions_withoutPrompt_is400() {
        post("/v1/completions", "{\"model\":\"auto\"}".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("error.param", equalTo("prompt"));
    }

    @Test
    void route_withBadBody_is400() {
        post("/v1/route", "{\"model\":\"auto\",\"messages\":[]}".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("error.code", equalTo("empty_array"));
    }
}

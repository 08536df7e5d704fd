package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triage.testing.FakeUpstreams;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.triage.testing.ChatBodies.chat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Logs never carry prompt text or API keys (unless triage.debug.log-prompts asks for prompts). */
@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class LogHygieneTest {

    private static final String PROMPT_MARKER = "zebra-quartz-prompt-7731";
    private static final String KEY_MARKER = "sk-secret-key-8842";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                text.append(' ').append(t);
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
        FakeUpstreams.remote().reset();
    }

    @Test
    void requestsThatSucceedFailOrAreInvalid_logNeitherPromptsNorKeys() {
        post(chat("auto", "Tell me about " + PROMPT_MARKER), 200);
        post(chat("remote", "Stream about " + PROMPT_MARKER).put("stream", true), 200);
        FakeUpstreams.remote().failWith(500);
        post(chat("remote", "Fail about " + PROMPT_MARKER), 502);
        post(chat("no-such-model", PROMPT_MARKER), 404);
        post(new JsonObject().put("model", "auto").put("messages", new JsonArray().add(new JsonObject()
                .put("role", "robot").put("content", PROMPT_MARKER))), 400);
        given().header("Authorization", "Bearer " + KEY_MARKER).contentType(ContentType.JSON).body("{\"model\": " + PROMPT_MARKER)
                .post("/v1/chat/completions").then().statusCode(400);

        Logger.getLogger("io.triage.api").warning("capture check");
        assertThat(logged).as("the capture sees the gateway's logs").anyMatch(line -> line.contains("capture check"));
        assertThat(logged).noneMatch(line -> line.contains(PROMPT_MARKER)).noneMatch(line -> line.contains(KEY_MARKER));
    }

    private static void post(JsonObject body, int status) {
        given().header("Authorization", "Bearer " + KEY_MARKER).contentType(ContentType.JSON).body(body.encode())
                .post("/v1/chat/completions").then().statusCode(status);
    }
}

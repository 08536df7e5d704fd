package io.triage.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.triage.chat.ChatRequest;
import io.triage.chat.ContentPart;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.Tool;
import io.triage.chat.ToolCall;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenEstimatorTest {

    private final TokenEstimator estimator = new TokenEstimator();

    // Counts by OpenAI's cl100k_base (GPT-4, GPT-3.5), as tiktoken gives them.
    @ParameterizedTest(name = "{1} tokens: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hello, world!                                                    | 4
            The quick brown fox jumps over the lazy dog.                     | 10
            What is the capital of France?                                   | 7
            Summarize the following article in three bullet points.          | 11
            今天天气很好，我们去公园散步吧。                                     | 20
            """)
    void estimate_whenShortTextOfKnownCount_isWithin25Percent(String text, int cl100k) {
        assertThat(estimator.estimate(text)).isCloseTo(cl100k, within((int) Math.ceil(cl100k * 0.25)));
    }

    @Test
    void estimate_whenEnglishParagraph_isWithin25PercentOf80() {
        String text = "Large language models are trained on vast amounts of text to predict the next token."
                + " Routing each request to the smallest model that can handle it saves money and reduces"
                + " latency, but it requires a quick and reasonably accurate estimate of how hard the request"
                + " is. A gateway therefore inspects the prompt, counts its tokens, and looks for signals such"
                + " as code, mathematics, or multi-step reasoning before choosing a backend.";

        assertThat(estimator.estimate(text)).isCloseTo(80, within(20));
    }

    @Test
    void estimate_whenSourceCode_isWithin25PercentOfKnownCounts() {
        String python = "def fibonacci(n):\n    if n < 2:\n        return n\n"
                + "    return fibonacci(n - 1) + fibonacci(n - 2)\n";
        String java = "public final class Greeter {\n    private final String name;\n\n"
                + "    public Greeter(String name) {\n        this.name = name;\n    }\n\n"
                + "    public String greet() {\n        return \"Hello, \" + name + \"!\";\n    }\n}\n";

        assertThat(estimator.estimate(python)).isCloseTo(30, within(7));
        assertThat(estimator.estimate(java)).isCloseTo(48, within(12));
    }

    @Test
    void estimate_whenNullOrEmpty_isZero() {
        assertThat(estimator.estimate((String) null)).isZero();
        assertThat(estimator.estimate("")).isZero();
    }

    @Test
    void estimate_whenOneUserMessage_addsOpenAiChatOverhead() {
        ChatRequest request = ChatRequest.of("gpt-4o", List.of(Message.of(Role.USER, "Hello, world!")));

        // OpenAI's cookbook: 3 per message + 1 for the role + 4 of content + 3 to prime the reply.
        assertThat(estimator.estimate(request)).isEqualTo(11);
    }

    @Test
    void estimate_whenMessagesAreAdded_grows() {
        Message system = Message.of(Role.SYSTEM, "You are a helpful assistant.");
        Message user = Message.of(Role.USER, "What is the capital of France?");
        Message answer = Message.of(Role.ASSISTANT, "Paris.");

        int one = estimator.estimate(ChatRequest.of("auto", List.of(user)));
        int two = estimator.estimate(ChatRequest.of("auto", List.of(system, user)));
        int three = estimator.estimate(ChatRequest.of("auto", List.of(system, user, answer)));

        assertThat(two).isGreaterThan(one + estimator.estimate(system.text()));
        assertThat(three).isGreaterThan(two);
    }

    @Test
    void estimate_whenToolsAreOffered_countsTheirSchemas() {
        List<Message> messages = List.of(Message.of(Role.USER, "What's the weather in Oslo?"));
        Tool weather = new Tool("get_weather", "Get the current weather for a city", Map.of("type", "object",
                "properties", Map.of("city", Map.of("type", "string", "description", "The city name")),
                "required", List.of("city")), null);
        ChatRequest plain = ChatRequest.of("auto", messages);
        ChatRequest withTool = new ChatRequest("auto", messages, null, List.of(weather), null, null, null,
                false, false, null, null);

        assertThat(estimator.estimate(withTool) - estimator.estimate(plain)).isBetween(30, 80);
    }

    @Test
    void estimate_whenAssistantCalledToolsOrImagesAreSent_countsThem() {
        Message call = new Message(Role.ASSISTANT, List.of(), null,
                List.of(new ToolCall("call_1", "get_weather", "{\"city\": \"Oslo\"}")), null);
        Message image = new Message(Role.USER, List.of(ContentPart.text("What is this?"),
                ContentPart.image("https://example.com/cat.png", "high")), null, List.of(), null);
        Message question = Message.of(Role.USER, "What is this?");

        int withCall = estimator.estimate(ChatRequest.of("auto", List.of(question, call)));
        int withoutCall = estimator.estimate(ChatRequest.of("auto", List.of(question)));

        assertThat(withCall - withoutCall).isGreaterThan(10);
        assertThat(estimator.estimate(ChatRequest.of("auto", List.of(image))) - withoutCall).isGreaterThan(500);
    }
}

package io.triage.backend.llama;

import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;
import io.triage.backend.Tier;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.ContentPart;
import io.triage.chat.FinishReason;
import io.triage.chat.Message;
import io.triage.chat.ResponseFormat;
import io.triage.chat.Role;
import io.triage.chat.Sampling;
import io.triage.chat.ToolCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the backend on {@link TinyGguf}: random weights, so the tests prove the mechanics (loading,
 * templating, limits, streaming, stop sequences, admission), not the quality of the answers.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LlamaCppBackendTest {

    private static final Path DIR = Path.of("target", "llama-test");
    private static final String MODEL = "tiny";
    private static final int CONTEXT = 256;

    private static LlamaCppBackend backend;

    @BeforeAll
    static void load() {
        // cachePrompt off: every request evaluates its whole prompt, so greedy answers repeat exactly
        backend = new LlamaCppBackend(settings(TinyGguf.ensure(DIR), 2, 2, Duration.ofSeconds(30)));
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    @Test
    void load_whenFileIsAValidModel_isAvailableUnderItsModelName() {
        assertThat(backend.available()).isTrue();
        assertThat(backend.unavailableReason()).isEmpty();
        assertThat(backend.name()).isEqualTo("local");
        assertThat(backend.tier()).isEqualTo(Tier.LOCAL);
        assertThat(backend.models()).containsExactly(MODEL);
    }

    @Test
    void chat_whenMaxTokensIsReached_finishesWithLengthAndCountsTokens() {
        ChatResult result = backend.chat(request(sampling(0.0, 8, List.of()), "hello world"));

        assertThat(result.model()).isEqualTo(MODEL);
        assertThat(result.content()).isNotBlank();
        assertThat(result.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(result.usage().completionTokens()).isEqualTo(8);
        assertThat(result.usage().promptTokens())
                .isEqualTo(backend.countTokens("<|im_start|>user\nhello world<|im_end|>\n<|im_start|>assistant\n"));
        assertThat(result.toolCalls()).isEmpty();
    }

    @Test
    void stream_deltasConcatenateToTheResultAndToTheNonStreamedAnswer() {
        ChatRequest request = request(sampling(0.0, 12, List.of()), "what is the answer");
        List<String> deltas = new ArrayList<>();

        ChatResult streamed = backend.stream(request, deltas::add);

        assertThat(deltas).hasSizeGreaterThan(1).allSatisfy(delta -> assertThat(delta).isNotEmpty());
        assertThat(String.join("", deltas)).isEqualTo(streamed.content());
        assertThat(streamed.content()).isEqualTo(backend.chat(request).content());
        assertThat(streamed.usage().completionTokens()).isEqualTo(12);
    }

    @Test
    void chatAndStream_whenStopSequenceAppears_endBeforeIt() {
        String question = "the json question";
        String full = backend.chat(request(sampling(0.0, 24, List.of()), question)).content();
        String stop = full.substring(full.length() / 2, full.length() / 2 + 3);
        String expected = full.substring(0, full.indexOf(stop));
        ChatRequest stopped = request(sampling(0.0, 24, List.of(stop, "never generated \u0007")), question);
        List<String> deltas = new ArrayList<>();

        ChatResult chat = backend.chat(stopped);
        ChatResult stream = backend.stream(stopped, deltas::add);

        assertThat(chat.content()).isEqualTo(expected).doesNotContain(stop);
        assertThat(chat.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(chat.usage().completionTokens()).isBetween(1, 23);
        assertThat(String.join("", deltas)).isEqualTo(expected);
        assertThat(stream.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void chat_withTheSameSeed_repeatsTheSampledAnswer() {
        ChatRequest seeded = request(new Sampling(1.0, 1.0, 16, List.of(), 7L, null, null), "hello");
        ChatRequest otherSeed = request(new Sampling(1.0, 1.0, 16, List.of(), 8L, null, null), "hello");

        String first = backend.chat(seeded).content();

        assertThat(backend.chat(seeded).content()).isEqualTo(first);
        assertThat(backend.chat(otherSeed).content()).isNotEqualTo(first);
    }

    @Test
    void chat_fourConcurrentRequestsOnTwoSlots_allSucceed() throws Exception {
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ChatResult>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ChatRequest request = request(sampling(0.8, 16, List.of()), "question " + i);
                results.add(callers.submit(() -> backend.chat(request)));
            }
            for (Future<ChatResult> result : results) {
                assertThat(result.get().finishReason()).isEqualTo(FinishReason.LENGTH);
                assertThat(result.get().usage().completionTokens()).isEqualTo(16);
            }
        }
    }

    @Test
    void stream_whenTheOnlySlotIsBusyAndNothingMayQueue_refusesTheNextAsOverloaded() throws Exception {
        try (LlamaCppBackend single = new LlamaCppBackend(settings(TinyGguf.ensure(DIR), 1, 0, Duration.ofMillis(10)));
             ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch generating = new CountDownLatch(1);
            CountDownLatch refused = new CountDownLatch(1);
            Future<ChatResult> first = callers.submit(() -> single.stream(request(sampling(0.0, 6, List.of()), "one"),
                    delta -> {
                        generating.countDown();
                        await(refused);
                    }));
            await(generating);

            assertThatThrownBy(() -> single.chat(request(sampling(0.0, 6, List.of()), "two")))
                    .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OVERLOADED));
            refused.countDown();
            assertThat(first.get().usage().completionTokens()).isEqualTo(6);
        }
    }

    @Test
    void chat_whenPromptDoesNotFitTheContext_refusesContextLengthExceeded() {
        ChatRequest tooLong = request(sampling(0.0, 4, List.of()), "hello ".repeat(CONTEXT));

        assertThatThrownBy(() -> backend.chat(tooLong))
                .isInstanceOfSatisfying(BackendException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.CONTEXT_LENGTH_EXCEEDED))
                .hasMessageContaining("context of " + CONTEXT + " tokens");
    }

    @Test
    void chat_whenMessageHasAnImage_refusesAsInvalidRequest() {
        Message withImage = new Message(Role.USER, List.of(ContentPart.text("what is this?"),
                ContentPart.image("https://example.com/cat.png", null)), null, List.of(), null);

        assertThatThrownBy(() -> backend.chat(ChatRequest.of(MODEL, List.of(withImage))))
                .isInstanceOfSatisfying(BackendException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
                    assertThat(e.retriable()).isFalse();
                })
                .hasMessageContaining("images");
    }

    @Test
    void chat_whenPromptHasEmoji_keepsTheRenderedPromptWhole() {
        ChatResult result = backend.chat(request(sampling(0.0, 2, List.of()), "party \uD83C\uDF89 time"));

        assertThat(result.usage().promptTokens()).isEqualTo(backend.countTokens(
                "<|im_start|>user\nparty \uD83C\uDF89 time<|im_end|>\n<|im_start|>assistant\n"));
    }

    @Test
    void chat_withSystemDeveloperAndToolMessages_rendersThemAllIntoThePrompt() {
        List<Message> messages = List.of(
                Message.of(Role.SYSTEM, "Be brief."),
                Message.of(Role.DEVELOPER, "Use tools."),
                Message.of(Role.USER, "Weather?"),
                new Message(Role.ASSISTANT, List.of(), null, List.of(new ToolCall("c1", "weather", "{}")), null),
                new Message(Role.TOOL, List.of(ContentPart.text("rain")), null, List.of(), "c1"));
        String expected = "<|im_start|>system\nBe brief.\n\nUse tools.<|im_end|>\n"
                + "<|im_start|>user\nWeather?<|im_end|>\n"
                + "<|im_start|>assistant\n[tool call c1: weather({})]<|im_end|>\n"
                + "<|im_start|>user\n[tool result for call c1]\nrain<|im_end|>\n<|im_start|>assistant\n";

        ChatResult result = backend.chat(new ChatRequest(MODEL, messages, sampling(0.0, 2, List.of()), null, null,
                null, null, false, false, null, null));

        assertThat(result.usage().promptTokens()).isEqualTo(backend.countTokens(expected));
    }

    @Test
    void chat_withJsonSchema_answersWithinTheSchema() {
        ResponseFormat schema = new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "answer",
                Map.of("type", "object", "properties", Map.of("a", Map.of("type", "integer")), "required", List.of("a")),
                true);

        ChatResult result = backend.chat(jsonRequest(schema));

        assertThat(result.content()).matches("\\{\\s*\"a\"\\s*:\\s*-?\\d+\\s*}\\s*");
        assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void chat_withJsonObject_answersWithAnObject() {
        ResponseFormat object = new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, null, null);

        assertThat(backend.chat(jsonRequest(object)).content()).startsWith("{");
    }

    @Test
    void chat_whenJsonSchemaCannotBeConverted_refusesAsInvalidRequest() {
        ResponseFormat martian = new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "x", Map.of("type", "martian"), null);

        assertThatThrownBy(() -> backend.chat(jsonRequest(martian)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST))
                .hasMessageContaining("martian");
        assertThat(backend.chat(request(sampling(0.0, 2, List.of()), "still fine")).content()).isNotEmpty();
    }

    @Test
    void available_whenModelFileIsMissing_isFalseAndCallsFailAsUnavailable() {
        Path missing = DIR.resolve("missing.gguf");
        try (LlamaCppBackend absent = new LlamaCppBackend(settings(missing, 1, 0, Duration.ZERO))) {
            assertThat(absent.available()).isFalse();
            assertThat(absent.unavailableReason()).contains(missing.toAbsolutePath().toString(), "does not exist");
            assertThatThrownBy(() -> absent.chat(request(sampling(0.0, 2, List.of()), "hi")))
                    .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        }
    }

    @Test
    void available_whenFileIsNotAModel_isFalseWithLlamaCppsReason() throws IOException {
        Path text = Files.writeString(DIR.resolve("not-a-model.gguf"), "just some text");
        try (LlamaCppBackend broken = new LlamaCppBackend(settings(text, 1, 0, Duration.ZERO))) {
            assertThat(broken.available()).isFalse();
            assertThat(broken.unavailableReason()).contains("cannot load model file");
        }
    }

    @Test
    void close_thenTheBackendIsUnavailableAndClosingAgainIsHarmless() {
        LlamaCppBackend closing = new LlamaCppBackend(settings(TinyGguf.ensure(DIR), 1, 0, Duration.ZERO));
        closing.chat(request(sampling(0.0, 2, List.of()), "hi"));

        closing.close();
        closing.close();

        assertThat(closing.available()).isFalse();
        assertThat(closing.unavailableReason()).contains("closed");
        assertThatThrownBy(() -> closing.chat(request(sampling(0.0, 2, List.of()), "hi")))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    }

    private static LlamaCppSettings settings(Path model, int slots, int queued, Duration queueTimeout) {
        return new LlamaCppSettings("local", model, MODEL, CONTEXT, slots, queued, 2, queueTimeout, false);
    }

    private static Sampling sampling(double temperature, int maxTokens, List<String> stop) {
        return new Sampling(temperature, null, maxTokens, stop, 1L, null, null);
    }

    private static ChatRequest request(Sampling sampling, String user) {
        return new ChatRequest(MODEL, List.of(Message.of(Role.USER, user)), sampling, null, null, null, null,
                false, false, null, null);
    }

    private static ChatRequest jsonRequest(ResponseFormat format) {
        return new ChatRequest(MODEL, List.of(Message.of(Role.USER, "answer in json")), sampling(0.0, 160, List.of()),
                null, null, format, null, false, false, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

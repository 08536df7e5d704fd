package io.triage.compat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.triage.testing.FakeUpstreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway driven as real apps and agent frameworks drive it: the official OpenAI client and LangChain4j. */
@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class ClientCompatibilityTest {

    private static final String SENTIMENT = "Is this review positive or negative? \"Terrible service, cold food, never again.\"";
    private static final String MATH = "Solve for x: 3x + 7 = 25. What is x?";

    @TestHTTPResource("/v1")
    URL baseUrl;

    private OpenAIClient client;

    @BeforeEach
    void setUp() {
        client = OpenAIOkHttpClient.builder().baseUrl(baseUrl.toString()).apiKey("sk-test").maxRetries(0).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void openAiJavaClient_nonStreaming_readsAnswerUsageAndHeaders() {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model("auto").addUserMessage(SENTIMENT).build();
        HttpResponseFor<ChatCompletion> raw = client.chat().completions().withRawResponse().create(params);
        ChatCompletion completion = raw.parse();
        assertThat(raw.headers().values("x-triage-tier")).containsExactly("local");
        assertThat(completion.choices().get(0).message().content()).contains("Answer from local.");
        assertThat(completion.usage().orElseThrow().totalTokens()).isEqualTo(25);
        assertThat(completion.model()).isEqualTo("small-local");
    }

    @Test
    void openAiJavaClient_streaming_readsEveryChunkAndUsage() {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model("auto").addUserMessage(MATH)
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        StringBuilder text = new StringBuilder();
        List<ChatCompletionChunk> chunks = new CopyOnWriteArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            stream.stream().forEach(chunk -> {
                chunks.add(chunk);
                chunk.choices().forEach(choice -> choice.delta().content().ifPresent(text::append));
            });
        }
        assertThat(text.toString()).isEqualTo("Answer from remote.");
        assertThat(chunks.get(chunks.size() - 1).usage().orElseThrow().totalTokens()).isEqualTo(25);
        assertThat(chunks.stream().flatMap(c -> c.choices().stream()).map(c -> c.finishReason()).filter(f -> f.isPresent())
                .map(f -> f.get().asString())).containsExactly("stop");
    }

    @Test
    void langChain4jChatModel_nonStreaming() {
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl.toString()).apiKey("sk-test").modelName("auto")
                .maxRetries(0).timeout(Duration.ofSeconds(30)).build();
        ChatResponse response = model.chat(UserMessage.from(SENTIMENT));
        assertThat(response.aiMessage().text()).isEqualTo("Answer from local.");
        assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(25);
    }

    @Test
    void langChain4jStreamingChatModel_streaming() throws Exception {
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(baseUrl.toString()).apiKey("sk-test")
                .modelName("auto").timeout(Duration.ofSeconds(30)).build();
        StringBuilder partials = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(List.of(UserMessage.from(MATH)), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                partials.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(30, TimeUnit.SECONDS);
        assertThat(partials.toString()).isEqualTo("Answer from remote.");
        assertThat(response.aiMessage().text()).isEqualTo("Answer from remote.");
    }
}

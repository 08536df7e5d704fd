package io.triage.backend.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import io.triage.backend.BackendException;
import io.triage.backend.ChatBackend;
import io.triage.backend.Tier;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.FinishReason;
import io.triage.chat.Usage;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * A backend served by a LangChain4j chat model: a remote provider, or a local OpenAI-compatible
 * server. Streaming calls block the calling (virtual) thread until the stream ends; the model's own
 * timeout bounds them.
 */
public final class LangChain4jBackend implements ChatBackend {

    private final String name;
    private final Tier tier;
    private final Provider provider;
    private final List<String> models;
    private final ChatModel chatModel;
    private final StreamingChatModel streamingModel;
    private final boolean logprobs;

    /**
     * @param logprobs ask for token log-probabilities and report their mean (OpenAI-compatible
     *                 servers only)
     */
    public LangChain4jBackend(String name, Tier tier, Provider provider, List<String> models, ChatModel chatModel,
                              StreamingChatModel streamingModel, boolean logprobs) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("backend '" + name + "' must serve at least one model");
        }
        this.name = name;
        this.tier = tier;
        this.provider = provider;
        this.models = List.copyOf(models);
        this.chatModel = chatModel;
        this.streamingModel = streamingModel;
        this.logprobs = logprobs && provider == Provider.OPENAI;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Tier tier() {
        return tier;
    }

    @Override
    public List<String> models() {
        return models;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public ChatResult chat(ChatRequest request) {
        try {
            return toResult(request, chatModel.chat(LangChain4jRequests.toLangChain4j(request, provider, logprobs)));
        } catch (RuntimeException e) {
            throw LangChain4jErrors.translate(name, e);
        }
    }

    @Override
    public ChatResult stream(ChatRequest request, Consumer<String> onDelta) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        try {
            // The upstream client reads the stream on this thread: chat() returns when it has ended.
            streamingModel.chat(LangChain4jRequests.toLangChain4j(request, provider, logprobs), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    if (!partial.isEmpty() && !done.isDone()) {
                        onDelta.accept(partial);
                    }
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
            return toResult(request, complete(done.get()));
        } catch (ExecutionException e) {
            throw LangChain4jErrors.translateStreamFailure(name, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(name, BackendException.Kind.TIMEOUT, "interrupted while streaming", e);
        } catch (RuntimeException e) {
            throw LangChain4jErrors.translateStreamFailure(name, e);
        }
    }

    /** A stream that ended without saying why it ended was cut: it is not an answer. */
    private ChatResponse complete(ChatResponse response) {
        if (response.finishReason() == null && LangChain4jMessages.toolCalls(response.aiMessage()).isEmpty()) {
            throw new BackendException(name, BackendException.Kind.STREAM_BROKEN,
                    "the stream ended before the model finished (no finish reason)", null);
        }
        return response;
    }

    private static ChatResult toResult(ChatRequest request, ChatResponse response) {
        var usage = response.tokenUsage();
        Usage tokens = usage == null ? Usage.ZERO : new Usage(nonNull(usage.inputTokenCount()),
                nonNull(usage.outputTokenCount()), cachedTokens(usage));
        String model = response.modelName() != null ? response.modelName() : request.model();
        var toolCalls = LangChain4jMessages.toolCalls(response.aiMessage());
        return new ChatResult(model, response.aiMessage() == null ? "" : response.aiMessage().text(), toolCalls,
                finishReason(response.finishReason(), !toolCalls.isEmpty()), tokens, meanLogprob(response));
    }

    private static int cachedTokens(dev.langchain4j.model.output.TokenUsage usage) {
        if (usage instanceof OpenAiTokenUsage openAi && openAi.inputTokensDetails() != null) {
            return nonNull(openAi.inputTokensDetails().cachedTokens());
        }
        return 0;
    }

    private static Double meanLogprob(ChatResponse response) {
        if (!(response.metadata() instanceof OpenAiChatResponseMetadata openAi) || openAi.logProbs() == null
                || openAi.logProbs().isEmpty()) {
            return null;
        }
        var logprobs = openAi.logProbs().stream().map(p -> p.logprob()).filter(Objects::nonNull).toList();
        return logprobs.isEmpty() ? null : logprobs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static FinishReason finishReason(dev.langchain4j.model.output.FinishReason reason, boolean calledTools) {
        if (reason == null) {
            return calledTools ? FinishReason.TOOL_CALLS : FinishReason.STOP;
        }
        return switch (reason) {
            case LENGTH -> FinishReason.LENGTH;
            case TOOL_EXECUTION -> FinishReason.TOOL_CALLS;
            case CONTENT_FILTER -> FinishReason.CONTENT_FILTER;
            case STOP, OTHER -> calledTools ? FinishReason.TOOL_CALLS : FinishReason.STOP;
        };
    }

    private static int nonNull(Integer count) {
        return count == null ? 0 : count;
    }
}

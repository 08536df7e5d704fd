package io.triage.backend.llama;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.FinishReason;
import io.triage.chat.Usage;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * One request turned into a llama.cpp completion: the rendered prompt checked against the context,
 * the token limit, the sampling parameters; then run, with stop sequences cut out of the stream.
 */
final class Completion {

    private final LlamaModel model;
    private final String backend;
    private final String modelName;
    private final InferenceParameters parameters;
    private final List<String> stops;
    private final int promptTokens;
    private final int limit;

    private Completion(LlamaModel model, LlamaCppSettings settings, InferenceParameters parameters,
                       List<String> stops, int promptTokens, int limit) {
        this.model = model;
        this.backend = settings.name();
        this.modelName = settings.modelName();
        this.parameters = parameters;
        this.stops = stops;
        this.promptTokens = promptTokens;
        this.limit = limit;
    }

    /**
     * Renders and measures the prompt.
     *
     * @throws BackendException {@code CONTEXT_LENGTH_EXCEEDED} when the prompt leaves no room for
     *                          an answer, {@code INVALID_REQUEST} for an unusable response format,
     *                          {@code OTHER} when llama.cpp fails
     */
    static Completion prepare(LlamaModel model, LlamaCppSettings settings, ChatRequest request) {
        String prompt;
        int promptTokens;
        try {
            prompt = ChatPrompt.of(request.messages()).render(model::applyTemplate);
            promptTokens = model.encode(prompt).length;
        } catch (RuntimeException e) {
            throw new BackendException(settings.name(), Kind.OTHER, "llama.cpp cannot render the prompt: " + e.getMessage(), e);
        }
        // one token of the context is kept for the start token the tokenizer may put before the prompt
        int room = settings.contextSize() - 1 - promptTokens;
        if (room < 1) {
            throw new BackendException(settings.name(), Kind.CONTEXT_LENGTH_EXCEEDED, "the prompt has " + promptTokens
                    + " tokens; model '" + settings.modelName() + "' has a context of " + settings.contextSize()
                    + " tokens per request", null);
        }
        Integer asked = request.sampling().maxTokens();
        int limit = asked == null ? room : Math.min(asked, room);
        InferenceParameters parameters = new InferenceParameters(prompt)
                .setNPredict(limit)
                .setCachePrompt(settings.cachePrompt());
        try {
            InferenceOptions.apply(parameters, request.sampling(), request.responseFormat());
        } catch (IllegalArgumentException e) {
            throw new BackendException(settings.name(), Kind.INVALID_REQUEST, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new BackendException(settings.name(), Kind.OTHER, e.getMessage(), e);
        }
        return new Completion(model, settings, parameters, request.sampling().stop(), promptTokens, limit);
    }

    /**
     * Generates the answer, passing each piece of text to {@code onDelta} as soon as it is known not
     * to belong to a stop sequence.
     *
     * @param lease the model lease the native task holds until it is over
     */
    ChatResult run(Executor workers, ModelGuard.Lease lease, Consumer<String> onDelta) {
        StopSequences cut = new StopSequences(stops);
        StringBuilder content = new StringBuilder();
        int tokens = 0;
        try (NativeGeneration generation = start(workers, lease)) {
            NativeGeneration.Piece piece;
            do {
                piece = generation.next();
                tokens += piece.last() ? 0 : 1;
                emit(cut.accept(piece.text()), content, onDelta);
            } while (!piece.last() && !cut.matched());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(backend, Kind.TIMEOUT, "interrupted while generating", e);
        } catch (NativeGeneration.NativeFailure e) {
            throw failure(e);
        }
        emit(cut.finish(), content, onDelta);
        FinishReason reason = !cut.matched() && tokens >= limit ? FinishReason.LENGTH : FinishReason.STOP;
        return new ChatResult(modelName, content.toString(), List.of(), reason, new Usage(promptTokens, tokens));
    }

    private NativeGeneration start(Executor workers, ModelGuard.Lease lease) {
        try {
            return NativeGeneration.start(model, parameters, workers, lease);
        } catch (RejectedExecutionException e) {
            throw new BackendException(backend, Kind.UNAVAILABLE, "the backend has been closed", e);
        }
    }

    private static void emit(String text, StringBuilder content, Consumer<String> onDelta) {
        if (!text.isEmpty()) {
            content.append(text);
            onDelta.accept(text);
        }
    }

    /** llama.cpp reports request errors as OpenAI-style JSON in the exception message. */
    private BackendException failure(NativeGeneration.NativeFailure e) {
        String message = String.valueOf(e.getMessage());
        Kind kind = message.contains("exceed_context_size") ? Kind.CONTEXT_LENGTH_EXCEEDED
                : message.contains("invalid_request_error") ? Kind.INVALID_REQUEST
                : Kind.OTHER;
        return new BackendException(backend, kind, "llama.cpp failed: " + message, e.getCause());
    }
}

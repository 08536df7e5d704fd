package io.triage.backend;

import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;

import java.util.List;
import java.util.function.Consumer;

/**
 * A model endpoint. Calls block the calling thread (Triage calls them from virtual threads) and
 * never retry on their own: retries, time limits and fallback belong to the resilience layer.
 */
public interface ChatBackend extends AutoCloseable {

    /** The backend's configured name, for example {@code local} or {@code remote}. */
    String name();

    /** Which tier the backend belongs to. */
    Tier tier();

    /** The model names this backend serves; the first is its default model. */
    List<String> models();

    /** False when the backend cannot serve now (for example no local model is configured). */
    boolean available();

    /** Why the backend is unavailable, or an empty string when it is available. */
    default String unavailableReason() {
        return "";
    }

    /**
     * Answers a request in one piece.
     *
     * @param request the request; {@link ChatRequest#model()} is the model this backend must use
     * @throws BackendException when the model call fails
     */
    ChatResult chat(ChatRequest request);

    /**
     * Answers a request token by token: {@code onDelta} receives each piece of text as it is
     * generated, on the calling thread or the backend's own; the complete result is returned at the
     * end. Tool calls are only in the returned result.
     *
     * @throws BackendException when the model call fails, before or after the first delta
     */
    ChatResult stream(ChatRequest request, Consumer<String> onDelta);

    /** Releases the backend's resources (native memory, HTTP clients). */
    @Override
    default void close() {
    }
}

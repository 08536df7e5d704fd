package io.triage.backend;

import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;

import java.util.List;
import java.util.function.Consumer;

/**
 * A configured backend that cannot serve, such as the local tier when no local model is set up.
 * It is listed (so {@code /v1/models} can say why it is unavailable) and every call fails with
 * {@link BackendException.Kind#UNAVAILABLE}, which sends requests down their fallback route.
 */
public final class UnavailableBackend implements ChatBackend {

    private final String name;
    private final Tier tier;
    private final List<String> models;
    private final String reason;

    public UnavailableBackend(String name, Tier tier, List<String> models, String reason) {
        this.name = name;
        this.tier = tier;
        this.models = List.copyOf(models);
        this.reason = reason;
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
        return false;
    }

    @Override
    public String unavailableReason() {
        return reason;
    }

    @Override
    public ChatResult chat(ChatRequest request) {
        throw new BackendException(name, BackendException.Kind.UNAVAILABLE, reason, null);
    }

    @Override
    public ChatResult stream(ChatRequest request, Consumer<String> onDelta) {
        throw new BackendException(name, BackendException.Kind.UNAVAILABLE, reason, null);
    }
}

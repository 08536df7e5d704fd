package io.triage.config;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.triage.backend.ChatBackend;
import io.triage.backend.Tier;
import io.triage.backend.UnavailableBackend;
import io.triage.backend.langchain4j.LangChain4jBackend;
import io.triage.backend.langchain4j.Provider;
import io.triage.backend.langchain4j.UpstreamHttpClientBuilder;
import io.triage.backend.llama.LlamaCppBackend;
import io.triage.backend.llama.LlamaCppSettings;
import io.triage.json.JsonBuffers;
import io.vertx.core.Vertx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds a backend from its {@link BackendConfig}. */
final class BackendFactory {

    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1/";
    static final String DEFAULT_REMOTE_MODEL = "gpt-4o-mini";
    static final String DEFAULT_LOCAL_MODEL = "qwen2.5-0.5b-instruct";

    static {
        JsonBuffers.poolLangChain4jMappers();
    }

    private BackendFactory() {
    }

    static ChatBackend create(String name, BackendConfig config, Vertx vertx) {
        String provider = provider(config);
        Tier tier = tier(name, config, provider);
        List<String> models = models(name, config, provider);
        return switch (provider) {
            case "llama-cpp" -> llamaCpp(name, config, models);
            case "openai" -> openAi(name, tier, config, models, vertx);
            case "anthropic" -> anthropic(name, tier, config, models, vertx);
            default -> throw new IllegalArgumentException("triage backend '" + name + "': unknown provider '"
                    + provider + "' (known: openai, anthropic, llama-cpp)");
        };
    }

    private static String provider(BackendConfig config) {
        return config.provider().map(p -> p.trim().toLowerCase(Locale.ROOT))
                .orElse(config.modelPath().isPresent() ? "llama-cpp" : "openai");
    }

    private static Tier tier(String name, BackendConfig config, String provider) {
        return config.tier().map(t -> Tier.valueOf(t.trim().toUpperCase(Locale.ROOT)))
                .orElse(name.equals("local") || provider.equals("llama-cpp") ? Tier.LOCAL : Tier.REMOTE);
    }

    private static List<String> models(String name, BackendConfig config, String provider) {
        List<String> models = new ArrayList<>();
        models.add(config.model().orElseGet(() -> switch (provider) {
            case "llama-cpp" -> config.modelPath().map(p -> Path.of(p).getFileName().toString().replaceFirst("\\.gguf$", ""))
                    .orElse(DEFAULT_LOCAL_MODEL);
            case "anthropic" -> "claude-3-5-haiku-latest";
            default -> name.equals("local") ? DEFAULT_LOCAL_MODEL : DEFAULT_REMOTE_MODEL;
        }));
        config.extraModels().ifPresent(extra -> extra.stream().filter(m -> !models.contains(m)).forEach(models::add));
        return models;
    }

    private static ChatBackend llamaCpp(String name, BackendConfig config, List<String> models) {
        return new LlamaCppBackend(new LlamaCppSettings(name, Path.of(config.modelPath().orElseThrow()), models.get(0),
                config.contextSize(), config.parallel(), config.queue(), config.threads().orElse(0), config.queueTimeout(),
                config.cachePrompt()));
    }

    private static ChatBackend openAi(String name, Tier tier, BackendConfig config, List<String> models, Vertx vertx) {
        if (config.baseUrl().isEmpty() && config.apiKey().isEmpty()) {
            return new UnavailableBackend(name, tier, models, "backend '" + name + "' is not configured: set "
                    + envName(name, "BASE_URL") + " (an OpenAI-compatible server)"
                    + (tier == Tier.LOCAL ? " or " + envName(name, "MODEL_PATH") + " (a GGUF file)" : " and/or " + envName(name, "API_KEY")));
        }
        String baseUrl = config.baseUrl().orElse(OPENAI_URL);
        String apiKey = config.apiKey().orElse("not-needed");
        return new LangChain4jBackend(name, tier, Provider.OPENAI, models,
                OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(models.get(0))
                        .timeout(config.timeout()).maxRetries(0).httpClientBuilder(new UpstreamHttpClientBuilder(vertx)).build(),
                OpenAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(models.get(0))
                        .timeout(config.timeout()).httpClientBuilder(new UpstreamHttpClientBuilder(vertx)).build(),
                config.logprobs());
    }

    private static ChatBackend anthropic(String name, Tier tier, BackendConfig config, List<String> models,
                                         Vertx vertx) {
        if (config.apiKey().isEmpty()) {
            return new UnavailableBackend(name, tier, models, "backend '" + name + "' needs an API key: set "
                    + envName(name, "API_KEY"));
        }
        String baseUrl = config.baseUrl().orElse(ANTHROPIC_URL);
        return new LangChain4jBackend(name, tier, Provider.ANTHROPIC, models,
                AnthropicChatModel.builder().baseUrl(baseUrl).apiKey(config.apiKey().get()).modelName(models.get(0))
                        .timeout(config.timeout()).maxRetries(0).httpClientBuilder(new UpstreamHttpClientBuilder(vertx)).build(),
                AnthropicStreamingChatModel.builder().baseUrl(baseUrl).apiKey(config.apiKey().get())
                        .modelName(models.get(0)).timeout(config.timeout())
                        .httpClientBuilder(new UpstreamHttpClientBuilder(vertx)).build(), false);
    }

    private static String envName(String backend, String property) {
        return backend.equals("local") || backend.equals("remote")
                ? "TRIAGE_" + backend.toUpperCase(Locale.ROOT) + "_" + property
                : "triage.backends." + backend + "." + property.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

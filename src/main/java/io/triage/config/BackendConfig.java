package io.triage.config;

import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** One backend's settings: {@code triage.local.*}, {@code triage.remote.*} or {@code triage.backends.<name>.*}. */
public interface BackendConfig {

    /**
     * The protocol: {@code openai} (OpenAI or any OpenAI-compatible server), {@code anthropic}, or
     * {@code llama-cpp} (a GGUF file run in the JVM). When absent: {@code llama-cpp} if
     * {@code model-path} is set, otherwise {@code openai}.
     */
    Optional<String> provider();

    /** The server's base URL, e.g. {@code http://localhost:11434/v1} for Ollama. */
    Optional<String> baseUrl();

    /** The API key sent to the server; local servers usually need none. */
    Optional<String> apiKey();

    /** The model to ask for; also the name clients use to reach this backend directly. */
    Optional<String> model();

    /** More model names this backend serves and clients may ask for directly. */
    Optional<List<String>> extraModels();

    /** A GGUF file to run in the JVM with llama.cpp (provider {@code llama-cpp}). */
    Optional<String> modelPath();

    /** {@code local} or {@code remote}; by default {@code local} for the backend named local and for GGUF files. */
    Optional<String> tier();

    /** The longest a call may take, streaming included. */
    @WithDefault("120s")
    Duration timeout();

    /** llama-cpp: context window in tokens. */
    @WithDefault("4096")
    int contextSize();

    /** llama-cpp: requests decoded at once (llama.cpp parallel slots). */
    @WithDefault("2")
    int parallel();

    /** llama-cpp: requests that may wait for a slot; more are refused so they spill to the fallback route. */
    @WithDefault("8")
    int queue();

    /** llama-cpp: the longest a request waits for a slot. */
    @WithDefault("5s")
    Duration queueTimeout();

    /** llama-cpp: CPU threads; llama.cpp's choice when absent. */
    Optional<Integer> threads();

    /**
     * openai: ask the server for token log-probabilities, so that a route's cascade can escalate
     * unsure answers ({@code min_mean_logprob}); the server must support {@code logprobs}.
     */
    @WithDefault("false")
    boolean logprobs();

    /** llama-cpp: reuse a slot's cached prompt prefix (faster multi-turn; off makes greedy answers repeatable). */
    @WithDefault("true")
    boolean cachePrompt();
}

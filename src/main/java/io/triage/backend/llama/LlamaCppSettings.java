package io.triage.backend.llama;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to run one GGUF model inside the JVM.
 *
 * @param name          the backend's name, for example {@code local}
 * @param modelPath     the GGUF file
 * @param modelName     the model name the backend serves and reports; blank means the file name
 *                      without its {@code .gguf} extension
 * @param contextSize   the context of one request in tokens, prompt and answer together; llama.cpp
 *                      allocates {@code contextSize × parallelSlots} tokens of KV cache
 * @param parallelSlots how many requests llama.cpp decodes at once (its slots, batched together)
 * @param maxQueued     how many more requests may wait for a free slot before the backend reports
 *                      itself overloaded
 * @param threads       CPU threads for decoding; 0 lets llama.cpp choose
 * @param queueTimeout  how long a request waits for admission before it is refused as overloaded
 * @param cachePrompt   whether a slot reuses the KV cache of a previous request's common prompt
 *                      prefix (faster multi-turn chats); off, every request evaluates its whole
 *                      prompt, so identical greedy requests give bit-identical answers
 */
public record LlamaCppSettings(String name, Path modelPath, String modelName, int contextSize,
                               int parallelSlots, int maxQueued, int threads, Duration queueTimeout,
                               boolean cachePrompt) {

    public static final int DEFAULT_CONTEXT_SIZE = 4096;
    public static final int DEFAULT_PARALLEL_SLOTS = 2;
    public static final int DEFAULT_MAX_QUEUED = 8;
    public static final Duration DEFAULT_QUEUE_TIMEOUT = Duration.ofSeconds(5);

    public LlamaCppSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modelPath, "modelPath");
        Objects.requireNonNull(queueTimeout, "queueTimeout");
        require(!name.isBlank(), "name must not be blank");
        require(contextSize > 0, "contextSize must be positive, was " + contextSize);
        require(parallelSlots > 0, "parallelSlots must be positive, was " + parallelSlots);
        require((long) contextSize * parallelSlots <= Integer.MAX_VALUE,
                "contextSize × parallelSlots must fit in an int, was " + (long) contextSize * parallelSlots);
        require(maxQueued >= 0, "maxQueued must not be negative, was " + maxQueued);
        require(threads >= 0, "threads must not be negative, was " + threads);
        require(!queueTimeout.isNegative(), "queueTimeout must not be negative, was " + queueTimeout);
        if (modelName == null || modelName.isBlank()) {
            modelName = defaultModelName(modelPath);
        }
    }

    /** Settings with the defaults: 4096 tokens of context, 2 slots, 8 queued, 5 s queue timeout. */
    public static LlamaCppSettings of(String name, Path modelPath, String modelName) {
        return new LlamaCppSettings(name, modelPath, modelName, DEFAULT_CONTEXT_SIZE, DEFAULT_PARALLEL_SLOTS,
                DEFAULT_MAX_QUEUED, 0, DEFAULT_QUEUE_TIMEOUT, true);
    }

    /** The most requests inside the backend at once: running in a slot or waiting for one. */
    public int capacity() {
        return parallelSlots + maxQueued;
    }

    private static String defaultModelName(Path modelPath) {
        Path fileName = modelPath.getFileName();
        String file = fileName == null ? modelPath.toString() : fileName.toString();
        return file.toLowerCase(Locale.ROOT).endsWith(".gguf") ? file.substring(0, file.length() - 5) : file;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("llama.cpp backend: " + message);
        }
    }
}

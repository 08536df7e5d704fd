package io.triage.chat;

import java.util.List;

/**
 * Sampling parameters of a request; a null field means "not given, use the model's default".
 *
 * @param temperature      sampling temperature
 * @param topP             nucleus sampling mass
 * @param maxTokens        the most tokens to generate ({@code max_completion_tokens} or {@code max_tokens})
 * @param stop             stop sequences, never null
 * @param seed             sampling seed
 * @param presencePenalty  OpenAI's presence penalty
 * @param frequencyPenalty OpenAI's frequency penalty
 */
public record Sampling(Double temperature, Double topP, Integer maxTokens, List<String> stop, Long seed,
                       Double presencePenalty, Double frequencyPenalty) {

    public static final Sampling DEFAULT = new Sampling(null, null, null, List.of(), null, null, null);

    public Sampling {
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    /** True when the same request should give the same answer (temperature 0 or a fixed seed). */
    public boolean deterministic() {
        return (temperature != null && temperature == 0.0) || seed != null;
    }
}

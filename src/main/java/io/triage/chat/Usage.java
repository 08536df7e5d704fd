package io.triage.chat;

/**
 * Tokens consumed by one model call.
 *
 * @param promptTokens       tokens read
 * @param completionTokens   tokens generated
 * @param cachedPromptTokens tokens of the prompt the provider served from its prompt cache
 */
public record Usage(int promptTokens, int completionTokens, int cachedPromptTokens) {

    public static final Usage ZERO = new Usage(0, 0, 0);

    public Usage {
        if (promptTokens < 0 || completionTokens < 0 || cachedPromptTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative: " + promptTokens + ", "
                    + completionTokens + ", " + cachedPromptTokens);
        }
    }

    public Usage(int promptTokens, int completionTokens) {
        this(promptTokens, completionTokens, 0);
    }

    /** True when the backend reported no tokens at all. */
    public boolean isEmpty() {
        return promptTokens == 0 && completionTokens == 0;
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}

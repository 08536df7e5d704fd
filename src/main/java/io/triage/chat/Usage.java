package io.triage.chat;

/**
 * Tokens consumed by one model call.
 *
 * @param promptTokens     tokens read
 * @param completionTokens tokens generated
 */
public record Usage(int promptTokens, int completionTokens) {

    public static final Usage ZERO = new Usage(0, 0);

    public Usage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative: " + promptTokens + ", " + completionTokens);
        }
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}

package io.triage.chat;

import java.util.Locale;

/** Why a model stopped generating, with OpenAI's wire names. */
public enum FinishReason {
    STOP, LENGTH, TOOL_CALLS, CONTENT_FILTER;

    /** The wire name, for example {@code "tool_calls"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.triage.backend.langchain4j;

/** The wire protocols Triage speaks through LangChain4j. */
public enum Provider {
    /** OpenAI, or any server with an OpenAI-compatible chat completions API. */
    OPENAI,
    /** Anthropic's messages API. */
    ANTHROPIC
}

/**
 * Backends reached through LangChain4j: OpenAI, any OpenAI-compatible server (a remote provider, or
 * a local Ollama, llama.cpp server or vLLM) and Anthropic. LangChain4j's own retries are switched
 * off; its exceptions are translated into {@link io.triage.backend.BackendException}s.
 */
package io.triage.backend.langchain4j;

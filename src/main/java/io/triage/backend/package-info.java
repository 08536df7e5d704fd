/**
 * The models Triage sends requests to. {@link io.triage.backend.ChatBackend} is the one interface;
 * implementations are the remote large models reached through LangChain4j (OpenAI, any
 * OpenAI-compatible server, Anthropic), a local OpenAI-compatible server (Ollama, llama.cpp server,
 * vLLM) reached the same way, and a GGUF model run inside the JVM by llama.cpp. Every failure is a
 * {@link io.triage.backend.BackendException} that says which backend failed and whether a retry can help.
 */
package io.triage.backend;

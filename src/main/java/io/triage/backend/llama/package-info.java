/**
 * The local tier's in-process backend: a GGUF model run inside the JVM by llama.cpp through the
 * {@code de.kherud:llama} JNI binding. {@link io.triage.backend.llama.LlamaCppBackend} is the
 * {@link io.triage.backend.ChatBackend}; {@link io.triage.backend.llama.LlamaCppSettings} is all it
 * needs, so the package is plain Java and the configuration layer builds the settings. Inside, small
 * package-private pieces each handle one concern: loading the model, rendering the chat template,
 * sampling options, admission (parallel slots plus a bounded queue), running the blocking native
 * loop off the caller's thread, cutting stop sequences out of the stream, and keeping the native
 * model alive while it is in use.
 */
package io.triage.backend.llama;

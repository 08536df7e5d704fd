/**
 * The OpenAI wire format: the HTTP endpoints ({@code /v1/chat/completions}, {@code /v1/completions},
 * {@code /v1/models}, {@code /v1/route}) on Vert.x, parsing and validating request bodies into
 * {@link io.triage.chat.ChatRequest}s, writing responses and server-sent event streams in exactly
 * OpenAI's shapes, and mapping every failure to OpenAI's error JSON in one place
 * ({@link io.triage.api.ApiErrors}).
 */
package io.triage.api;

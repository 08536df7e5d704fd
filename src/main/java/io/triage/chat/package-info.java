/**
 * The conversation as the gateway understands it, independent of any wire format or model
 * library: messages with their roles and parts, tools, sampling parameters and the result of a
 * model call. The {@code api} package parses the OpenAI wire format into these records; the
 * {@code classify} and {@code route} packages read them; the {@code backend} package turns them into
 * calls on a model. Plain Java, no framework.
 */
package io.triage.chat;

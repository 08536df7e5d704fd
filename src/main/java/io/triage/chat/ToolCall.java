package io.triage.chat;

/**
 * A function call requested by the assistant.
 *
 * @param id        the call id that the tool result refers back to
 * @param name      the function name
 * @param arguments the arguments as a JSON text, exactly as the model produced them
 */
public record ToolCall(String id, String name, String arguments) {
}

package io.triage.chat;

/**
 * How the model may use the tools: OpenAI's {@code tool_choice}.
 *
 * @param mode     auto, none, required, or one named function
 * @param function the function name when {@code mode} is {@link Mode#FUNCTION}
 */
public record ToolChoice(Mode mode, String function) {

    /** The tool choice modes. */
    public enum Mode { AUTO, NONE, REQUIRED, FUNCTION }

    public static final ToolChoice AUTO = new ToolChoice(Mode.AUTO, null);
}

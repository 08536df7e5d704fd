package io.triage.backend.llama;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.Pair;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.ToolCall;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The conversation in the shape the binding's template call accepts: one system prompt and turns
 * whose role is {@code user} or {@code assistant}.
 *
 * <ul>
 *   <li>System and developer messages are joined, in order, into the system prompt.</li>
 *   <li>An assistant message's tool calls are written after its text, one line each:
 *       {@code [tool call <id>: <name>(<arguments JSON>)]}.</li>
 *   <li>A tool message becomes a user turn: {@code [tool result for call <id>]} (with
 *       {@code  (<name>)} when the message names the tool), a newline, then the result text.</li>
 *   <li>Consecutive turns of the same role are joined by a blank line, because many chat templates
 *       require user and assistant to alternate.</li>
 * </ul>
 */
record ChatPrompt(String system, List<Pair<String, String>> turns) {

    private static final String USER = "user";
    private static final String ASSISTANT = "assistant";
    private static final String PARAGRAPH = "\n\n";

    ChatPrompt {
        turns = List.copyOf(turns);
    }

    static ChatPrompt of(List<Message> messages) {
        List<String> instructions = new ArrayList<>();
        List<Pair<String, String>> turns = new ArrayList<>();
        for (Message message : messages) {
            if (message.role().isInstruction()) {
                instructions.add(message.text());
            } else {
                addTurn(turns, message.role() == Role.ASSISTANT ? ASSISTANT : USER, turnText(message));
            }
        }
        return new ChatPrompt(String.join(PARAGRAPH, instructions), turns);
    }

    /**
     * Renders the prompt with the model's chat template, followed by the opening of the assistant's
     * answer.
     *
     * @param template the binding's {@code LlamaModel::applyTemplate}
     */
    String render(Function<InferenceParameters, String> template) {
        BmpEscape escape = BmpEscape.forTexts(Stream.concat(Stream.of(system),
                turns.stream().map(Pair::getValue)).toList());
        List<Pair<String, String>> escaped = turns.stream()
                .map(turn -> new Pair<>(turn.getKey(), escape.escape(turn.getValue())))
                .toList();
        InferenceParameters parameters = new InferenceParameters("").setMessages(escape.escape(system), escaped);
        return escape.restore(template.apply(parameters));
    }

    private static String turnText(Message message) {
        return switch (message.role()) {
            case TOOL -> toolResultHeader(message) + "\n" + message.text();
            case ASSISTANT -> withToolCalls(message);
            default -> message.text();
        };
    }

    private static String toolResultHeader(Message message) {
        String name = message.name() == null || message.name().isBlank() ? "" : " (" + message.name() + ")";
        return "[tool result for call " + message.toolCallId() + name + "]";
    }

    private static String withToolCalls(Message message) {
        StringBuilder text = new StringBuilder(message.text());
        for (ToolCall call : message.toolCalls()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("[tool call ").append(call.id()).append(": ").append(call.name())
                    .append('(').append(call.arguments()).append(")]");
        }
        return text.toString();
    }

    private static void addTurn(List<Pair<String, String>> turns, String role, String text) {
        int last = turns.size() - 1;
        if (last >= 0 && turns.get(last).getKey().equals(role)) {
            turns.set(last, new Pair<>(role, turns.get(last).getValue() + PARAGRAPH + text));
        } else {
            turns.add(new Pair<>(role, text));
        }
    }
}

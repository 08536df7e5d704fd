package io.triage.chat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One message of a conversation.
 *
 * @param role       who wrote it
 * @param content    its parts; empty for an assistant message that only calls tools
 * @param name       the optional participant name
 * @param toolCalls  the tool calls of an assistant message, never null
 * @param toolCallId the call a tool message answers, for {@link Role#TOOL}
 */
public record Message(Role role, List<ContentPart> content, String name, List<ToolCall> toolCalls,
                      String toolCallId) {

    public Message {
        Objects.requireNonNull(role, "role");
        content = content == null ? List.of() : List.copyOf(content);
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** A message with plain text content. */
    public static Message of(Role role, String text) {
        return new Message(role, List.of(ContentPart.text(text)), null, List.of(), null);
    }

    /** The text parts joined by newlines; images are left out. */
    public String text() {
        if (content.size() == 1 && content.get(0).kind() == ContentPart.Kind.TEXT) {
            return content.get(0).text();
        }
        return content.stream()
                .filter(part -> part.kind() == ContentPart.Kind.TEXT)
                .map(ContentPart::text)
                .collect(Collectors.joining("\n"));
    }

    /** True when some part is an image. */
    public boolean hasImage() {
        for (ContentPart part : content) {
            if (part.kind() == ContentPart.Kind.IMAGE_URL) {
                return true;
            }
        }
        return false;
    }
}

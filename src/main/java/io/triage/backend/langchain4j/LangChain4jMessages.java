package io.triage.backend.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import io.triage.chat.ContentPart;
import io.triage.chat.Message;
import io.triage.chat.ToolCall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns Triage's messages into LangChain4j's, and LangChain4j's tool calls back. */
final class LangChain4jMessages {

    private LangChain4jMessages() {
    }

    static List<ChatMessage> toLangChain4j(List<Message> messages) {
        Map<String, String> toolNamesById = new HashMap<>();
        List<ChatMessage> result = new ArrayList<>(messages.size());
        for (Message message : messages) {
            message.toolCalls().forEach(call -> toolNamesById.put(call.id(), call.name()));
            result.add(toLangChain4j(message, toolNamesById));
        }
        return result;
    }

    private static ChatMessage toLangChain4j(Message message, Map<String, String> toolNamesById) {
        return switch (message.role()) {
            case SYSTEM, DEVELOPER -> SystemMessage.from(message.text());
            case USER -> userMessage(message);
            case ASSISTANT -> assistantMessage(message);
            case TOOL -> ToolExecutionResultMessage.from(message.toolCallId(),
                    toolNamesById.getOrDefault(message.toolCallId(), ""), message.text());
        };
    }

    private static UserMessage userMessage(Message message) {
        if (!message.hasImage()) {
            return message.name() == null ? UserMessage.from(message.text())
                    : UserMessage.from(message.name(), message.text());
        }
        List<Content> contents = new ArrayList<>();
        for (ContentPart part : message.content()) {
            contents.add(part.kind() == ContentPart.Kind.TEXT ? TextContent.from(part.text()) : image(part));
        }
        return message.name() == null ? UserMessage.from(contents) : UserMessage.from(message.name(), contents);
    }

    private static ImageContent image(ContentPart part) {
        if (part.detail() == null) {
            return ImageContent.from(part.imageUrl());
        }
        var detail = ImageContent.DetailLevel.valueOf(part.detail().toUpperCase(Locale.ROOT));
        return ImageContent.from(part.imageUrl(), detail);
    }

    private static AiMessage assistantMessage(Message message) {
        String text = message.text();
        if (message.toolCalls().isEmpty()) {
            return AiMessage.from(text);
        }
        List<ToolExecutionRequest> requests = message.toolCalls().stream()
                .map(call -> ToolExecutionRequest.builder().id(call.id()).name(call.name())
                        .arguments(call.arguments()).build())
                .toList();
        return text.isEmpty() ? AiMessage.from(requests) : AiMessage.from(text, requests);
    }

    static List<ToolCall> toolCalls(AiMessage message) {
        if (message == null || !message.hasToolExecutionRequests()) {
            return List.of();
        }
        List<ToolCall> calls = new ArrayList<>();
        int index = 0;
        for (ToolExecutionRequest request : message.toolExecutionRequests()) {
            String id = request.id() != null ? request.id() : "call_" + index;
            calls.add(new ToolCall(id, request.name(), request.arguments() == null ? "{}" : request.arguments()));
            index++;
        }
        return calls;
    }
}

package io.triage.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triage.chat.ChatResult;
import io.triage.chat.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The two OpenAI response families served from one pipeline: chat completions and legacy text
 * completions, complete or as stream chunks.
 */
abstract sealed class ResponseShape {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    final OpenAiJson json;

    ResponseShape(OpenAiJson json) {
        this.json = json;
    }

    /**
     * A new response id with this shape's prefix. Ids are opaque, not secrets: a thread-local
     * generator avoids SecureRandom's shared lock on every response.
     */
    String newId() {
        char[] id = new char[24];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return prefix() + new String(id);
    }

    abstract String prefix();

    abstract String chunkObject();

    abstract ObjectNode complete(String id, long created, ChatResult result);

    /** Chunks sent before the first text, e.g. the assistant role. */
    abstract List<ObjectNode> opening(String id, long created, String model, boolean usageField);

    abstract ObjectNode text(String id, long created, String model, String text, boolean usageField);

    /** Chunks that close the answer: tool calls and the finish reason. */
    abstract List<ObjectNode> closing(String id, long created, ChatResult result, boolean usageField);

    ObjectNode usage(String id, long created, String model, Usage usage) {
        return json.usageChunk(id, chunkObject(), created, model, usage);
    }

    /** {@code chat.completion} and {@code chat.completion.chunk}. */
    static final class Chat extends ResponseShape {
        Chat(OpenAiJson json) {
            super(json);
        }

        @Override
        String prefix() {
            return "chatcmpl-";
        }

        @Override
        String chunkObject() {
            return "chat.completion.chunk";
        }

        @Override
        ObjectNode complete(String id, long created, ChatResult result) {
            return json.chatCompletion(id, created, result);
        }

        @Override
        List<ObjectNode> opening(String id, long created, String model, boolean usageField) {
            ObjectNode delta = json.delta().put("role", "assistant").put("content", "");
            delta.putNull("refusal");
            return List.of(json.chatChunk(id, created, model, delta, null, usageField));
        }

        @Override
        ObjectNode text(String id, long created, String model, String text, boolean usageField) {
            return json.chatChunk(id, created, model, json.delta().put("content", text), null, usageField);
        }

        @Override
        List<ObjectNode> closing(String id, long created, ChatResult result, boolean usageField) {
            List<ObjectNode> chunks = new ArrayList<>(2);
            if (!result.toolCalls().isEmpty()) {
                ObjectNode delta = json.delta();
                json.toolCalls(delta.putArray("tool_calls"), result.toolCalls(), true);
                chunks.add(json.chatChunk(id, created, result.model(), delta, null, usageField));
            }
            chunks.add(json.chatChunk(id, created, result.model(), json.delta(), result.finishReason().wireName(), usageField));
            return chunks;
        }
    }

    /** {@code text_completion}, complete and streamed. */
    static final class Text extends ResponseShape {
        Text(OpenAiJson json) {
            super(json);
        }

        @Override
        String prefix() {
            return "cmpl-";
        }

        @Override
        String chunkObject() {
            return "text_completion";
        }

        @Override
        ObjectNode complete(String id, long created, ChatResult result) {
            return json.textCompletion(id, created, result);
        }

        @Override
        List<ObjectNode> opening(String id, long created, String model, boolean usageField) {
            return List.of();
        }

        @Override
        ObjectNode text(String id, long created, String model, String text, boolean usageField) {
            return json.textChunk(id, created, model, text, null);
        }

        @Override
        List<ObjectNode> closing(String id, long created, ChatResult result, boolean usageField) {
            return List.of(json.textChunk(id, created, result.model(), "", result.finishReason().wireName()));
        }
    }
}

package io.triage.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.Sampling;

import java.util.List;

/**
 * Parses a legacy {@code /v1/completions} body into a chat request with one user message, so that
 * it takes the same route as a chat completion. As in OpenAI's API, {@code max_tokens} defaults to 16.
 */
final class CompletionRequestParser {

    static final int DEFAULT_MAX_TOKENS = 16;

    ChatRequest parse(JsonNode body) {
        ChatRequestParser.requireObject(body);
        String model = Fields.requiredString(body, "model", "model");
        String prompt = prompt(body);
        ChatRequestParser.checkN(body);
        rejectIf(Boolean.TRUE.equals(Fields.bool(body, "echo", "echo")), "echo", "echoing the prompt is not supported.");
        rejectIf(Fields.present(body, "suffix"), "suffix", "insertion with a suffix is not supported.");
        rejectIf(Fields.present(body, "logprobs"), "logprobs", "log probabilities are not returned by this gateway.");
        Long bestOf = Fields.integer(body, "best_of", "best_of", 1, 20);
        rejectIf(bestOf != null && bestOf != 1, "best_of", "only best_of = 1 is supported.");
        Sampling sampling = ChatRequestParser.sampling(body);
        if (sampling.maxTokens() == null) {
            sampling = new Sampling(sampling.temperature(), sampling.topP(), DEFAULT_MAX_TOKENS, sampling.stop(),
                    sampling.seed(), sampling.presencePenalty(), sampling.frequencyPenalty());
        }
        boolean stream = Boolean.TRUE.equals(Fields.bool(body, "stream", "stream"));
        JsonNode options = Fields.object(body, "stream_options", "stream_options");
        boolean usage = stream && options != null
                && Boolean.TRUE.equals(Fields.bool(options, "include_usage", "stream_options.include_usage"));
        return new ChatRequest(model, List.of(Message.of(Role.USER, prompt)), sampling, null, null, null, null,
                stream, usage, Fields.string(body, "user", "user"), null);
    }

    private static String prompt(JsonNode body) {
        JsonNode prompt = body.get("prompt");
        if (prompt == null || prompt.isNull()) {
            throw Fields.missing("prompt");
        }
        if (prompt.isTextual()) {
            return prompt.textValue();
        }
        if (prompt.isArray() && prompt.size() == 1 && prompt.get(0).isTextual()) {
            return prompt.get(0).textValue();
        }
        if (prompt.isArray()) {
            throw Fields.badValue("prompt", "exactly one prompt string is supported per request"
                    + " (token arrays and batches are not).");
        }
        throw Fields.wrongType("prompt", "a string", prompt);
    }

    private static void rejectIf(boolean condition, String param, String message) {
        if (condition) {
            throw Fields.badValue(param, message);
        }
    }
}

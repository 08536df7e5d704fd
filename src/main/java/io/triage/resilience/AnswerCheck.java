package io.triage.resilience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.FinishReason;
import io.triage.json.JsonBuffers;
import io.triage.route.Route;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decides whether a small model's answer is too unreliable to keep (the cascade's test). */
final class AnswerCheck {

    private static final ObjectMapper JSON = JsonBuffers.pooled(new ObjectMapper());
    private static final Pattern REFUSAL = Pattern.compile("^(?:i'?m sorry|i am sorry|sorry, (?:but )?i|"
            + "i (?:can(?:no|')t|am unable to|'m unable to|am not able to) (?:help|assist|answer|do|provide|comply)|"
            + "as an ai(?: language model)?,? i)");

    private AnswerCheck() {
    }

    /** Why the answer should be escalated, or empty when it can be kept. */
    static Optional<String> unreliable(ChatResult answer, ChatRequest request, Route.Cascade cascade) {
        String text = answer.content().strip();
        if (cascade.onEmpty() && text.isEmpty() && answer.toolCalls().isEmpty()) {
            return Optional.of("empty answer");
        }
        if (cascade.onLength() && answer.finishReason() == FinishReason.LENGTH) {
            return Optional.of("answer cut at max_tokens");
        }
        if (cascade.onRefusal() && REFUSAL.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of("refusal");
        }
        if (cascade.onInvalidJson() && request.responseFormat().wantsJson() && answer.toolCalls().isEmpty() && !isJson(text)) {
            return Optional.of("invalid JSON");
        }
        if (cascade.minMeanLogprob() != null && answer.meanLogprob() != null
                && answer.meanLogprob() < cascade.minMeanLogprob()) {
            return Optional.of(String.format(Locale.ROOT, "low confidence (mean log-probability %.2f < %.2f)",
                    answer.meanLogprob(), cascade.minMeanLogprob()));
        }
        return Optional.empty();
    }

    private static boolean isJson(String text) {
        try {
            return JSON.readTree(text) != null && !text.isEmpty();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}

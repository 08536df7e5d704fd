package io.triage.accounting;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.Message;
import io.triage.chat.ToolCall;
import io.triage.chat.Usage;

/**
 * Counts tokens when a backend reported none (some OpenAI-compatible servers send no usage in
 * streams): with the model's own tokenizer for OpenAI models (jtokkit: o200k_base for the gpt-4o
 * family, cl100k_base for older ones), and cl100k_base as an approximation for other models. The
 * embedded llama.cpp backend always reports exact counts from the GGUF's own tokenizer.
 */
public final class TokenCounter {

    /** OpenAI's framing: about three tokens per message and three to prime the reply. */
    private static final int PER_MESSAGE = 3;
    private static final int REPLY_PRIMING = 3;

    private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();

    /** The usage of an answer, counted. */
    public Usage count(ChatRequest request, ChatResult answer) {
        Encoding encoding = encodingFor(answer.model());
        int prompt = REPLY_PRIMING;
        for (Message message : request.messages()) {
            prompt += PER_MESSAGE + encoding.countTokens(message.text());
        }
        int completion = encoding.countTokens(answer.content());
        for (ToolCall call : answer.toolCalls()) {
            completion += encoding.countTokens(call.name()) + encoding.countTokens(call.arguments());
        }
        return new Usage(prompt, completion);
    }

    private Encoding encodingFor(String model) {
        return registry.getEncodingForModel(model).orElseGet(() -> model.startsWith("gpt-4o") || model.startsWith("gpt-4.1")
                || model.startsWith("o1") || model.startsWith("o3") || model.startsWith("o4")
                ? registry.getEncoding(EncodingType.O200K_BASE)
                : registry.getEncoding(EncodingType.CL100K_BASE));
    }
}

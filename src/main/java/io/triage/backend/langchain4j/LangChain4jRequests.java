package io.triage.backend.langchain4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import io.triage.chat.ChatRequest;
import io.triage.chat.ResponseFormat;
import io.triage.chat.Sampling;
import io.triage.chat.Tool;
import io.triage.chat.ToolChoice;
import io.triage.json.JsonBuffers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a Triage request into a LangChain4j request for one provider. */
final class LangChain4jRequests {

    private static final ObjectMapper JSON = JsonBuffers.pooled(new ObjectMapper());

    private LangChain4jRequests() {
    }

    /**
     * @param logprobs ask an OpenAI-compatible server for token log-probabilities (the cascade's
     *                 confidence signal)
     */
    static dev.langchain4j.model.chat.request.ChatRequest toLangChain4j(ChatRequest request, Provider provider,
                                                                         boolean logprobs) {
        return dev.langchain4j.model.chat.request.ChatRequest.builder()
                .messages(LangChain4jMessages.toLangChain4j(request.messages()))
                .parameters(parameters(request, provider, logprobs))
                .build();
    }

    private static ChatRequestParameters parameters(ChatRequest request, Provider provider, boolean logprobs) {
        Sampling sampling = request.sampling();
        var builder = provider == Provider.OPENAI
                ? openAiParameters(request, logprobs)
                : DefaultChatRequestParameters.builder();
        builder.modelName(request.model())
                .temperature(sampling.temperature())
                .topP(sampling.topP())
                .maxOutputTokens(sampling.maxTokens())
                .frequencyPenalty(sampling.frequencyPenalty())
                .presencePenalty(sampling.presencePenalty());
        if (!sampling.stop().isEmpty()) {
            builder.stopSequences(sampling.stop());
        }
        applyTools(request, builder);
        applyResponseFormat(request.responseFormat(), builder);
        return builder.build();
    }

    private static DefaultChatRequestParameters.Builder<?> openAiParameters(ChatRequest request, boolean logprobs) {
        var builder = OpenAiChatRequestParameters.builder()
                .logprobs(logprobs ? Boolean.TRUE : null)
                .user(request.user())
                .parallelToolCalls(request.tools().isEmpty() ? null : request.parallelToolCalls());
        if (request.sampling().seed() != null) {
            builder.seed((int) (long) request.sampling().seed());
        }
        if (!request.metadata().isEmpty()) {
            builder.metadata(request.metadata());
        }
        return builder;
    }

    private static void applyTools(ChatRequest request, DefaultChatRequestParameters.Builder<?> builder) {
        if (request.tools().isEmpty()) {
            return;
        }
        ToolChoice choice = request.toolChoice();
        List<Tool> offered = request.tools();
        if (choice.mode() == ToolChoice.Mode.FUNCTION) {
            // LangChain4j cannot name one function; offering only that one and requiring a call is equivalent.
            offered = offered.stream().filter(tool -> tool.name().equals(choice.function())).toList();
        }
        builder.toolSpecifications(offered.stream().map(LangChain4jRequests::toolSpecification).toList());
        builder.toolChoice(switch (choice.mode()) {
            case AUTO -> dev.langchain4j.model.chat.request.ToolChoice.AUTO;
            case NONE -> dev.langchain4j.model.chat.request.ToolChoice.NONE;
            case REQUIRED, FUNCTION -> dev.langchain4j.model.chat.request.ToolChoice.REQUIRED;
        });
    }

    static ToolSpecification toolSpecification(Tool tool) {
        return ToolSpecification.builder()
                .name(tool.name())
                .description(tool.description())
                .parameters(objectSchema(tool.parameters()))
                .strict(tool.strict())
                .build();
    }

    /**
     * LangChain4j wants an object schema for a tool's parameters; each property keeps the caller's
     * schema verbatim as a raw schema, so nothing of it is lost in translation.
     */
    @SuppressWarnings("unchecked")
    private static JsonObjectSchema objectSchema(Map<String, Object> schema) {
        var builder = JsonObjectSchema.builder();
        if (schema.get("description") instanceof String description) {
            builder.description(description);
        }
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            Map<String, dev.langchain4j.model.chat.request.json.JsonSchemaElement> elements = new LinkedHashMap<>();
            properties.forEach((name, property) -> elements.put(String.valueOf(name), JsonRawSchema.from(toJson(property))));
            builder.addProperties(elements);
        }
        if (schema.get("required") instanceof List<?> required) {
            builder.required(required.stream().map(String::valueOf).toList());
        }
        if (schema.get("additionalProperties") instanceof Boolean additional) {
            builder.additionalProperties(additional);
        }
        if (schema.get("$defs") instanceof Map<?, ?> definitions) {
            Map<String, dev.langchain4j.model.chat.request.json.JsonSchemaElement> defs = new LinkedHashMap<>();
            ((Map<String, Object>) definitions).forEach((name, def) -> defs.put(name, JsonRawSchema.from(toJson(def))));
            builder.definitions(defs);
        }
        return builder.build();
    }

    private static void applyResponseFormat(ResponseFormat format, DefaultChatRequestParameters.Builder<?> builder) {
        switch (format.type()) {
            case TEXT -> { }
            case JSON_OBJECT -> builder.responseFormat(dev.langchain4j.model.chat.request.ResponseFormat.JSON);
            case JSON_SCHEMA -> builder.responseFormat(dev.langchain4j.model.chat.request.ResponseFormat.builder()
                    .type(ResponseFormatType.JSON)
                    .jsonSchema(JsonSchema.builder()
                            .name(format.schemaName())
                            .rootElement(JsonRawSchema.from(toJson(format.schema())))
                            .build())
                    .build());
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("schema is not serialisable as JSON", e);
        }
    }
}

package io.triage.backend.llama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kherud.llama.InferenceParameters;
import io.triage.chat.ResponseFormat;
import io.triage.chat.Sampling;
import io.triage.json.JsonBuffers;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Translates a request's sampling parameters and response format into llama.cpp's completion
 * parameters. Unset fields keep llama.cpp's defaults (temperature 0.8, top-p 0.95, top-k 40,
 * min-p 0.05, no penalties). The token limit and the stop sequences are handled by the backend.
 *
 * <ul>
 *   <li>temperature, top-p, presence and frequency penalties map one to one (temperature 0 is
 *       greedy decoding; the penalties look at the last 64 tokens);</li>
 *   <li>the seed is passed as its low 32 bits, llama.cpp's seed being a 32-bit number;</li>
 *   <li>{@code json_object} constrains decoding with a grammar of one JSON object;</li>
 *   <li>{@code json_schema} hands the schema to llama.cpp, which turns it into a grammar inside
 *       the request (a schema it cannot convert fails the request as an invalid one).</li>
 * </ul>
 */
final class InferenceOptions {

    /** GBNF for any JSON object, as llama.cpp generates it for the schema {@code {"type":"object"}}. */
    static final String JSON_OBJECT_GRAMMAR = """
            root ::= object
            value ::= object | array | string | number | boolean | null
            object ::= "{" space ( string ":" space value ("," space string ":" space value)* )? "}" space
            array ::= "[" space ( value ("," space value)* )? "]" space
            string ::= "\\"" char* "\\"" space
            char ::= [^"\\\\\\x7F\\x00-\\x1F] | [\\\\] (["\\\\bfnrt] | "u" [0-9a-fA-F]{4})
            number ::= ("-"? integral-part) ("." decimal-part)? ([eE] [-+]? integral-part)? space
            integral-part ::= [0] | [1-9] [0-9]{0,15}
            decimal-part ::= [0-9]{1,16}
            boolean ::= ("true" | "false") space
            null ::= "null" space
            space ::= | " " | "\\n"{1,2} [ \\t]{0,20}
            """;

    private static final ObjectMapper JSON = JsonBuffers.pooled(new ObjectMapper());

    private InferenceOptions() {
    }

    /**
     * Applies the sampling parameters and the response format.
     *
     * @throws IllegalArgumentException when the JSON schema cannot be written as JSON
     * @throws IllegalStateException    when the binding no longer lets the schema be passed
     */
    static void apply(InferenceParameters parameters, Sampling sampling, ResponseFormat format) {
        if (sampling.temperature() != null) {
            parameters.setTemperature(sampling.temperature().floatValue());
        }
        if (sampling.topP() != null) {
            parameters.setTopP(sampling.topP().floatValue());
        }
        if (sampling.seed() != null) {
            parameters.setSeed((int) sampling.seed().longValue());
        }
        if (sampling.presencePenalty() != null) {
            parameters.setPresencePenalty(sampling.presencePenalty().floatValue());
        }
        if (sampling.frequencyPenalty() != null) {
            parameters.setFrequencyPenalty(sampling.frequencyPenalty().floatValue());
        }
        switch (format.type()) {
            case JSON_OBJECT -> parameters.setGrammar(JSON_OBJECT_GRAMMAR);
            case JSON_SCHEMA -> applySchema(parameters, format.schema());
            case TEXT -> {
            }
        }
    }

    private static void applySchema(InferenceParameters parameters, Map<String, Object> schema) {
        if (schema == null || schema.isEmpty()) {
            parameters.setGrammar(JSON_OBJECT_GRAMMAR);
            return;
        }
        try {
            RawParameter.put(parameters, "json_schema", JSON.writeValueAsString(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the JSON schema cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Sets a completion parameter the binding has no setter for. Its {@code InferenceParameters}
     * keeps every parameter as a JSON text in a map that is serialised as is; llama.cpp's own
     * {@code json_schema} parameter is the safe way to ask for a schema, because the conversion then
     * happens inside the request, where a bad schema becomes an error. The binding's static
     * {@code LlamaModel.jsonSchemaToGrammar} instead aborts the whole JVM on a schema it cannot
     * convert.
     */
    private static final class RawParameter {

        private static final Field PARAMETERS = parametersField();

        static void put(InferenceParameters parameters, String key, String json) {
            if (PARAMETERS == null) {
                throw new IllegalStateException("the de.kherud:llama binding no longer keeps its parameters in a map; "
                        + "cannot set llama.cpp parameter " + key);
            }
            try {
                @SuppressWarnings("unchecked")
                Map<String, String> map = (Map<String, String>) PARAMETERS.get(parameters);
                map.put(key, json);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set llama.cpp parameter " + key, e);
            }
        }

        private static Field parametersField() {
            try {
                Field field = InferenceParameters.class.getSuperclass().getDeclaredField("parameters");
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException | RuntimeException e) {
                return null;
            }
        }
    }
}

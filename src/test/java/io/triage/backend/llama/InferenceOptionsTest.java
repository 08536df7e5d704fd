package io.triage.backend.llama;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import io.triage.chat.ResponseFormat;
import io.triage.chat.Sampling;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InferenceOptionsTest {

    @Test
    void apply_passesSamplingParametersToLlamaCpp() {
        InferenceParameters parameters = new InferenceParameters("p");
        Sampling sampling = new Sampling(0.25, 0.5, 7, List.of("x"), 42L, 0.75, 1.5);

        InferenceOptions.apply(parameters, sampling, ResponseFormat.TEXT);

        assertThat(parameters.toString())
                .contains("\"temperature\": 0.25", "\"top_p\": 0.5", "\"seed\": 42",
                        "\"presence_penalty\": 0.75", "\"frequency_penalty\": 1.5")
                .doesNotContain("grammar", "json_schema");
    }

    @Test
    void apply_withJsonSchema_passesTheSchemaAsJson() {
        InferenceParameters parameters = new InferenceParameters("p");
        ResponseFormat format = new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "answer",
                Map.of("type", "object"), true);

        InferenceOptions.apply(parameters, Sampling.DEFAULT, format);

        assertThat(parameters.toString()).contains("\"json_schema\": {\"type\":\"object\"}");
    }

    @Test
    void jsonObjectGrammar_isWhatLlamaCppGeneratesForAnyObject() {
        String generated = LlamaModel.jsonSchemaToGrammar("{\"type\":\"object\"}");

        assertThat(InferenceOptions.JSON_OBJECT_GRAMMAR.lines())
                .containsExactlyInAnyOrderElementsOf(generated.lines().filter(line -> !line.isBlank()).toList());
    }
}

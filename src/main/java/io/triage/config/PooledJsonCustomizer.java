package io.triage.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.triage.json.JsonBuffers;
import jakarta.inject.Singleton;

/** Quarkus's shared {@link ObjectMapper} (requests, answers, admin JSON) takes its buffers from {@link JsonBuffers}. */
@Singleton
public class PooledJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        JsonBuffers.pooled(mapper);
    }
}

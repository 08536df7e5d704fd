package io.triage.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.triage.cache.CachedAnswer;
import io.triage.json.JsonBuffers;

/**
 * A cached answer as JSON, the form it is kept in Redis: the {@code ChatResult} with its text,
 * tool calls, finish reason, usage and mean log-probability, the route, the backend and the time.
 */
final class CachedAnswerJson {

    private static final ObjectMapper JSON = JsonBuffers.pooled(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Records expose derived getters such as Usage.isEmpty(); they are written but not read back.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private CachedAnswerJson() {
    }

    static String write(CachedAnswer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a cached answer as JSON", e);
        }
    }

    static CachedAnswer read(String json) {
        try {
            return JSON.readValue(json, CachedAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a cached answer: " + e.getOriginalMessage(), e);
        }
    }
}

package io.triage.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.triage.chat.ChatRequest;
import io.triage.chat.Message;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Canonical digests of requests: SHA-256 over a JSON form with sorted keys of everything that
 * changes an answer (the tenant, the route and model, messages, sampling, tools, tool choice and
 * response format) and nothing that does not (streaming, usage reporting, the end-user id,
 * metadata).
 */
final class RequestDigest {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RequestDigest() {
    }

    /** The exact cache's key. */
    static String exact(String tenant, String route, String model, ChatRequest request) {
        return digest(parts(tenant, route, model, request, request.messages()));
    }

    /**
     * The semantic cache's compatibility fingerprint: like the exact key but without the last
     * message, whose meaning the embedding compares instead.
     */
    static String context(String tenant, String route, String model, ChatRequest request) {
        List<Message> messages = request.messages();
        return digest(parts(tenant, route, model, request, messages.subList(0, messages.size() - 1)));
    }

    private static Map<String, Object> parts(String tenant, String route, String model, ChatRequest request,
                                             List<Message> messages) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("tenant", tenant);
        parts.put("route", route);
        parts.put("model", model);
        parts.put("messages", messages);
        parts.put("sampling", request.sampling());
        parts.put("tools", request.tools());
        parts.put("tool_choice", request.toolChoice());
        parts.put("response_format", request.responseFormat());
        parts.put("parallel_tool_calls", request.parallelToolCalls());
        return parts;
    }

    private static String digest(Map<String, Object> parts) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(parts);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest a request: " + e.getMessage(), e);
        }
    }
}

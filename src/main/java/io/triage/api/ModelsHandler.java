package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triage.backend.ChatBackend;
import io.triage.chat.ChatRequest;
import io.triage.config.Gateway;
import io.triage.route.Decision;
import io.triage.route.RequestContext;
import io.triage.route.Route;
import io.triage.route.UnknownModelException;
import io.vertx.core.http.HttpServerResponse;

import java.util.Optional;

/**
 * {@code GET /v1/models} (routing aliases, routes and backend models, each saying whether it can
 * serve now) and {@code POST /v1/route} (the routing decision for a request, without calling a model).
 */
final class ModelsHandler {

    private final Gateway gateway;
    private final ObjectMapper json;

    ModelsHandler(Gateway gateway, ObjectMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    void list(HttpServerResponse response) {
        ObjectNode root = json.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        gateway.router().knownModels().forEach(id -> data.add(model(id)));
        HttpResponses.json(response, 200, root, json);
    }

    void one(String id, HttpServerResponse response) {
        if (!gateway.router().knownModels().contains(id)) {
            throw new UnknownModelException(id, gateway.router().knownModels());
        }
        HttpResponses.json(response, 200, model(id), json);
    }

    private ObjectNode model(String id) {
        ObjectNode node = json.createObjectNode()
                .put("id", id)
                .put("object", "model")
                .put("created", gateway.startedAt().getEpochSecond());
        ObjectNode triage = json.createObjectNode();
        if (gateway.router().aliases().contains(id)) {
            node.put("owned_by", "triage");
            triage.put("kind", "alias").put("available", true)
                    .put("description", "classified and routed by the rules in " + gateway.rulesDir());
        } else {
            Optional<Route> route = gateway.router().routes().get(id);
            ChatBackend backend = route.map(r -> gateway.backends().get(r.backend()))
                    .orElseGet(() -> gateway.backendServing(id).orElseThrow());
            node.put("owned_by", backend.name());
            triage.put("kind", route.isPresent() ? "route" : "model")
                    .put("backend", backend.name())
                    .put("tier", backend.tier().wireName())
                    .put("available", backend.available())
                    .put("circuit_breaker", gateway.dispatcher().guards().get(backend.name()).breakerState()
                            .name().toLowerCase(java.util.Locale.ROOT));
            if (!backend.available()) {
                triage.put("unavailable_reason", backend.unavailableReason());
            }
        }
        node.set("triage", triage);
        return node;
    }

    void route(ChatRequest request, RequestContext context, HttpServerResponse response) {
        Decision decision = gateway.router().decide(request, context);
        ObjectNode root = json.createObjectNode()
                .put("task", decision.taskName())
                .put("tier", decision.tier().wireName())
                .put("route", decision.route().name())
                .put("backend", decision.backend())
                .put("model", decision.model())
                .put("rule", decision.rule());
        decision.classification().ifPresent(c -> root.put("confidence", c.confidence()).put("complexity", c.complexity()));
        root.put("tokens", decision.tokens());
        root.put("pii", !decision.pii().isEmpty());
        ArrayNode piiKinds = root.putArray("pii_kinds");
        decision.pii().forEach(piiKinds::add);
        root.put("classifier_ms", decision.classifierMillis());
        ChatBackend backend = gateway.backends().get(decision.backend());
        root.put("available", backend.available());
        ArrayNode fallback = root.putArray("fallback");
        decision.chain().stream().skip(1).forEach(route -> fallback.add(route.name()));
        ArrayNode reasons = root.putArray("reasons");
        decision.reasons().forEach(reasons::add);
        HttpResponses.json(response, 200, root, json);
    }
}

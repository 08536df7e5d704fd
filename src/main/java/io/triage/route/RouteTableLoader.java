package io.triage.route;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code routes.yaml} from a policy directory, checking backends and fallbacks. */
public final class RouteTableLoader {

    /** The file, inside the policy directory, that defines the routes. */
    public static final String FILE = "routes.yaml";

    private static final Set<String> ROUTE_KEYS = Set.of("backend", "model", "fallback", "description", "buffer_tokens",
            "on_stream_failure", "cascade");
    private static final Set<String> CASCADE_KEYS = Set.of("to", "min_mean_logprob", "on");
    private static final Set<String> CASCADE_TRIGGERS = Set.of("empty", "refusal", "invalid_json", "length");

    private final Set<String> knownBackends;

    /** @param knownBackends the backend names a route may name */
    public RouteTableLoader(Set<String> knownBackends) {
        this.knownBackends = Set.copyOf(knownBackends);
    }

    public RouteTable load(Path policyDir) {
        Path file = policyDir.resolve(FILE);
        JsonNode root = YamlFiles.read(file);
        YamlFiles.version(root, file, RuleSet.SCHEMA_VERSION);
        JsonNode routes = root.get("routes");
        String where = file.toString();
        if (routes == null || !routes.isObject() || routes.isEmpty()) {
            throw RuleException.at(where, null, "routes", "must be a non-empty map of route name to route");
        }
        Map<String, Route> table = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : routes.properties()) {
            table.put(entry.getKey(), readRoute(entry.getKey(), entry.getValue(), where));
        }
        for (Route route : table.values()) {
            for (String next : route.fallback()) {
                if (!table.containsKey(next) || next.equals(route.name())) {
                    throw RuleException.at(where, null, "routes." + route.name() + ".fallback",
                            "bad value '" + next + "': not another route (known: " + String.join(", ", table.keySet()) + ")");
                }
            }
            route.delivery().cascade().ifPresent(cascade -> {
                if (!table.containsKey(cascade.to()) || cascade.to().equals(route.name())) {
                    throw RuleException.at(where, null, "routes." + route.name() + ".cascade.to",
                            "bad value '" + cascade.to() + "': not another route (known: " + String.join(", ", table.keySet()) + ")");
                }
            });
        }
        return new RouteTable(table);
    }

    private Route readRoute(String name, JsonNode node, String file) {
        String path = "routes." + name;
        if (!node.isObject()) {
            throw RuleException.at(file, null, path, "must be a map with 'backend'");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!ROUTE_KEYS.contains(key)) {
                throw RuleException.at(file, null, path + "." + key, "unknown key (allowed: " + String.join(", ", ROUTE_KEYS.stream().sorted().toList()) + ")");
            }
        });
        String backend = node.path("backend").asText("");
        if (!knownBackends.contains(backend)) {
            throw RuleException.at(file, null, path + ".backend", "unknown backend '" + backend + "' (known: "
                    + String.join(", ", knownBackends.stream().sorted().toList()) + ")");
        }
        List<String> fallback = new ArrayList<>();
        JsonNode list = node.get("fallback");
        if (list != null && !list.isArray()) {
            throw RuleException.at(file, null, path + ".fallback", "must be a list of route names");
        }
        if (list != null) {
            list.forEach(item -> fallback.add(item.asText()));
        }
        String model = node.path("model").asText(null);
        return new Route(name, backend, Optional.ofNullable(model), fallback, delivery(node, path, file));
    }

    private static Route.Delivery delivery(JsonNode node, String path, String file) {
        JsonNode buffer = node.get("buffer_tokens");
        if (buffer != null && (!buffer.canConvertToInt() || buffer.asInt() < 0)) {
            throw RuleException.at(file, null, path + ".buffer_tokens", "bad value '" + buffer.asText() + "': a whole number >= 0");
        }
        String onFailure = node.path("on_stream_failure").asText("continue");
        if (!onFailure.equals("continue") && !onFailure.equals("error")) {
            throw RuleException.at(file, null, path + ".on_stream_failure", "bad value '" + onFailure + "': continue or error");
        }
        JsonNode cascade = node.get("cascade");
        return new Route.Delivery(buffer == null ? 0 : buffer.asInt(), onFailure.equals("continue"),
                cascade == null ? Optional.empty() : Optional.of(cascade(cascade, path + ".cascade", file)));
    }

    private static Route.Cascade cascade(JsonNode node, String path, String file) {
        if (!node.isObject() || !node.path("to").isTextual()) {
            throw RuleException.at(file, null, path, "must be a map with 'to' (a route name)");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!CASCADE_KEYS.contains(key)) {
                throw RuleException.at(file, null, path + "." + key, "unknown key (allowed: min_mean_logprob, on, to)");
            }
        });
        Set<String> on = new java.util.HashSet<>(CASCADE_TRIGGERS);
        JsonNode triggers = node.get("on");
        if (triggers != null) {
            on.clear();
            triggers.forEach(t -> {
                if (!CASCADE_TRIGGERS.contains(t.asText())) {
                    throw RuleException.at(file, null, path + ".on", "bad value '" + t.asText()
                            + "' (allowed: empty, invalid_json, length, refusal)");
                }
                on.add(t.asText());
            });
        }
        JsonNode logprob = node.get("min_mean_logprob");
        if (logprob != null && !logprob.isNumber()) {
            throw RuleException.at(file, null, path + ".min_mean_logprob", "bad value '" + logprob.asText() + "': a number such as -1.5");
        }
        return new Route.Cascade(node.get("to").asText(), logprob == null ? null : logprob.asDouble(),
                on.contains("empty"), on.contains("refusal"), on.contains("invalid_json"), on.contains("length"));
    }
}

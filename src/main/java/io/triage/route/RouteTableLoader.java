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

    private static final Set<String> ROUTE_KEYS = Set.of("backend", "model", "fallback", "description");

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
                throw RuleException.at(file, null, path + "." + key, "unknown key (allowed: backend, description, fallback, model)");
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
        return new Route(name, backend, Optional.ofNullable(model), fallback);
    }
}

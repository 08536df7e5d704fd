package io.triage.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The routes of {@code policies/routes.yaml}, by name. */
public record RouteTable(Map<String, Route> routes) {

    public RouteTable {
        routes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }

    public Optional<Route> get(String name) {
        return Optional.ofNullable(routes.get(name));
    }

    public Set<String> names() {
        return routes.keySet();
    }

    /**
     * The route and then its fallbacks, depth first, each route once: the order in which a request
     * sent to {@code name} tries them.
     */
    public List<Route> chain(String name) {
        Set<String> seen = new LinkedHashSet<>();
        collect(name, seen);
        List<Route> chain = new ArrayList<>(seen.size());
        seen.forEach(route -> chain.add(routes.get(route)));
        return chain;
    }

    private void collect(String name, Set<String> seen) {
        Route route = routes.get(name);
        if (route == null || !seen.add(name)) {
            return;
        }
        route.fallback().forEach(next -> collect(next, seen));
    }
}

package io.triage.route;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads every {@code *.yaml} file of a rules directory into one {@link RuleSet}, checking each rule
 * against the known routes. Any error names the file, the rule and the bad value.
 */
public final class RuleSetLoader {

    private static final Set<String> RULE_KEYS = Set.of("id", "priority", "description", "when", "route");
    private static final Set<String> FILE_KEYS = Set.of("version", "default_route", "rules", "description");

    private final Set<String> knownRoutes;

    /** @param knownRoutes the route names a rule may name */
    public RuleSetLoader(Set<String> knownRoutes) {
        this.knownRoutes = Set.copyOf(knownRoutes);
    }

    /** Loads the rules of {@code dir}. */
    public RuleSet load(Path dir) {
        List<Path> files = YamlFiles.list(dir);
        if (files.isEmpty()) {
            throw new RuleException(dir + ": no rule files (*.yaml)");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String defaultRoute = null;
        for (Path file : files) {
            JsonNode root = YamlFiles.read(file);
            checkKeys(root, FILE_KEYS, file.toString(), null);
            YamlFiles.version(root, file, RuleSet.SCHEMA_VERSION);
            String fileDefault = root.path("default_route").asText(null);
            if (fileDefault != null) {
                if (defaultRoute != null && !defaultRoute.equals(fileDefault)) {
                    throw RuleException.at(file.toString(), null, "default_route", "'" + fileDefault
                            + "' conflicts with '" + defaultRoute + "' set by an earlier file");
                }
                defaultRoute = checkRoute(fileDefault, file.toString(), null, "default_route");
            }
            readRules(root.get("rules"), file.toString(), ids, rules);
        }
        if (defaultRoute == null) {
            throw new RuleException(dir + ": no file sets default_route");
        }
        return new RuleSet(RuleSet.SCHEMA_VERSION, rules, defaultRoute, files.stream().map(Path::toString).toList());
    }

    private void readRules(JsonNode list, String file, Set<String> ids, List<Rule> into) {
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw RuleException.at(file, null, "rules", "must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String id = node.path("id").asText("");
            if (!node.isObject() || id.isBlank()) {
                throw RuleException.at(file, null, "rules[" + i + "].id", "every rule needs a non-empty id");
            }
            if (!ids.add(id)) {
                throw RuleException.at(file, id, "id", "duplicate rule id '" + id + "'");
            }
            checkKeys(node, RULE_KEYS, file, id);
            into.add(readRule(node, file, id));
        }
    }

    private Rule readRule(JsonNode node, String file, String id) {
        JsonNode priority = node.get("priority");
        if (priority != null && !priority.canConvertToInt()) {
            throw RuleException.at(file, id, "priority", "bad value '" + priority.asText() + "': expected a whole number");
        }
        String route = node.path("route").asText(null);
        if (route == null) {
            throw RuleException.at(file, id, "route", "missing");
        }
        Condition when = new ConditionParser(file, id).parse(node.get("when"), "when");
        return new Rule(id, priority == null ? 0 : priority.asInt(), when, checkRoute(route, file, id, "route"), file);
    }

    private String checkRoute(String route, String file, String ruleId, String key) {
        if (!knownRoutes.contains(route)) {
            throw RuleException.at(file, ruleId, key, "unknown route '" + route + "' (known: "
                    + String.join(", ", knownRoutes.stream().sorted().toList()) + ")");
        }
        return route;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String file, String ruleId) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw RuleException.at(file, ruleId, key, "unknown key (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
    }
}

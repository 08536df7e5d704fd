package io.triage.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.accounting.KeyHash;
import io.triage.accounting.Tenant;
import io.triage.accounting.Tenants;
import io.triage.route.YamlFiles;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code policies/tenants.yaml}: tenants, their hashed API keys, allowed routes and models,
 * budgets and rate limits, and the hashed admin token. No file, or no tenants in it: the gateway
 * runs open.
 */
final class TenantsPolicy {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private TenantsPolicy() {
    }

    /**
     * @param adminToken the admin token from the configuration, if any (it wins over the file's hash)
     */
    static Tenants load(Path file, Set<String> routes, Optional<String> adminToken) {
        if (!Files.exists(file)) {
            return Tenants.open(adminToken.map(KeyHash::of).orElse(null), "local");
        }
        JsonNode root = YamlFiles.read(file);
        YamlFiles.version(root, file, 1);
        PolicyNode top = new PolicyNode(file, "", root).allow(Set.of("version", "admin", "downgrade_route", "tenants"));
        PolicyNode admin = top.child("admin").allow(Set.of("token_sha256"));
        String adminHash = adminToken.map(KeyHash::of).orElseGet(() -> sha256(admin, "token_sha256", false));
        String downgrade = top.text("downgrade_route", "local", routes);
        PolicyNode all = top.child("tenants");
        Map<String, Tenant> tenants = new HashMap<>();
        List<Tenants.ApiKey> keys = new ArrayList<>();
        for (String id : all.keys()) {
            PolicyNode node = all.child(id).allow(Set.of("keys", "routes", "models", "budget", "rate_limit"));
            tenants.put(id, new Tenant(id, names(node, "routes", routes), names(node, "models", null),
                    budget(node.child("budget")), rateLimit(node.child("rate_limit"))));
            keys.addAll(keys(root.path("tenants").path(id).path("keys"), id, node));
        }
        return new Tenants(tenants, keys, adminHash, downgrade);
    }

    private static List<Tenants.ApiKey> keys(JsonNode list, String tenant, PolicyNode node) {
        if (!list.isArray() || list.isEmpty()) {
            throw node.error("keys", "must list at least one key: {id: name, sha256: <bin/hash-key output>}");
        }
        List<Tenants.ApiKey> keys = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            PolicyNode key = node.element("keys", i).allow(Set.of("id", "sha256"));
            String id = key.text("id", null, null);
            if (id == null || !ids.add(id)) {
                throw key.error("id", id == null ? "missing" : "duplicate key id '" + id + "'");
            }
            keys.add(new Tenants.ApiKey(id, tenant, sha256(key, "sha256", true)));
        }
        return keys;
    }

    private static String sha256(PolicyNode node, String key, boolean required) {
        String value = node.text(key, null, null);
        if (value == null && !required) {
            return null;
        }
        if (value == null || !SHA256.matcher(value).matches()) {
            throw node.error(key, "must be the 64-hex-digit SHA-256 of the secret (bin/hash-key prints it), never the secret itself");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static Set<String> names(PolicyNode node, String key, Set<String> known) {
        Set<String> names = new LinkedHashSet<>(node.strings(key));
        if (known != null) {
            names.stream().filter(n -> !known.contains(n)).findFirst().ifPresent(n -> {
                throw node.error(key, "unknown route '" + n + "' (known: " + String.join(", ", known) + ")");
            });
        }
        return names;
    }

    private static Tenant.Budget budget(PolicyNode node) {
        if (!node.present()) {
            return null;
        }
        node.allow(Set.of("daily", "monthly", "on_exceeded"));
        BigDecimal daily = node.has("daily") ? node.amount("daily", true) : null;
        BigDecimal monthly = node.has("monthly") ? node.amount("monthly", true) : null;
        String action = node.text("on_exceeded", "refuse", Set.of("refuse", "downgrade"));
        return new Tenant.Budget(daily, monthly, Tenant.OnExceeded.valueOf(action.toUpperCase(Locale.ROOT)));
    }

    private static Tenant.RateLimit rateLimit(PolicyNode node) {
        if (!node.present()) {
            return null;
        }
        node.allow(Set.of("requests", "per"));
        return new Tenant.RateLimit(node.integer("requests", 60, 1), node.duration("per", java.time.Duration.ofMinutes(1)));
    }
}

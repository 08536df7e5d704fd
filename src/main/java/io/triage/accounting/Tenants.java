package io.triage.accounting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured tenants and their API keys, from {@code policies/tenants.yaml}. With none, the
 * gateway runs open: every request is the {@code default} tenant's, and no key is asked for.
 *
 * @param tenants        tenants by id
 * @param keys           the API keys, hashed
 * @param adminTokenHash the SHA-256 of the admin token, or null when none is configured
 * @param downgradeRoute the route over-budget requests of a downgrading tenant take
 */
public record Tenants(Map<String, Tenant> tenants, List<ApiKey> keys, String adminTokenHash, String downgradeRoute) {

    public Tenants {
        tenants = Map.copyOf(tenants);
        keys = List.copyOf(keys);
    }

    /** No tenants: the gateway runs open. */
    public static Tenants open(String adminTokenHash, String downgradeRoute) {
        return new Tenants(Map.of(), List.of(), adminTokenHash, downgradeRoute);
    }

    public boolean isOpen() {
        return tenants.isEmpty();
    }

    /** The caller a presented API key belongs to, if any. */
    public Optional<Caller> authenticate(String presentedKey) {
        if (isOpen()) {
            return Optional.of(Caller.OPEN);
        }
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        // Every key is compared, so the time taken does not tell which one nearly matched.
        ApiKey found = null;
        for (ApiKey key : keys) {
            if (KeyHash.matches(presentedKey, key.sha256()) && found == null) {
                found = key;
            }
        }
        return Optional.ofNullable(found).map(key -> new Caller(tenants.get(key.tenant()), key.id()));
    }

    /** True when {@code token} is the admin token; always false when none is configured. */
    public boolean isAdmin(String token) {
        return adminTokenHash != null && token != null && KeyHash.matches(token, adminTokenHash);
    }

    /**
     * An API key, hashed.
     *
     * @param id     the key's name, recorded in the ledger
     * @param tenant the tenant it belongs to
     * @param sha256 the SHA-256 (hex) of the key
     */
    public record ApiKey(String id, String tenant, String sha256) {
    }
}

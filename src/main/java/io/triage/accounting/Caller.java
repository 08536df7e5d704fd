package io.triage.accounting;

/**
 * Who sent a request.
 *
 * @param tenant the tenant
 * @param keyId  the id of the API key used ({@code open} when the gateway runs without tenants)
 */
public record Caller(Tenant tenant, String keyId) {

    /** The caller of every request when no tenants are configured. */
    public static final Caller OPEN = new Caller(Tenant.OPEN, "open");
}

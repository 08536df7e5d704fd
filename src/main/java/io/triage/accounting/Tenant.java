package io.triage.accounting;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

/**
 * A tenant of the gateway: who may use which routes and models, within what budget and rate.
 *
 * @param id            the tenant's name
 * @param allowedRoutes routes its requests may take; empty: any
 * @param allowedModels model names it may ask for ({@code auto}, a route, a backend model); empty: any
 * @param budget        its spending limits, or null for none
 * @param rateLimit     its request rate limit, or null for none
 */
public record Tenant(String id, Set<String> allowedRoutes, Set<String> allowedModels, Budget budget, RateLimit rateLimit) {

    /** The tenant every request belongs to when no tenants are configured. */
    public static final Tenant OPEN = new Tenant("default", Set.of(), Set.of(), null, null);

    public Tenant {
        allowedRoutes = Set.copyOf(allowedRoutes);
        allowedModels = Set.copyOf(allowedModels);
    }

    public boolean mayUseRoute(String route) {
        return allowedRoutes.isEmpty() || allowedRoutes.contains(route);
    }

    public boolean mayAskFor(String model) {
        return allowedModels.isEmpty() || allowedModels.contains(model);
    }

    /**
     * Spending limits, in the price list's currency.
     *
     * @param daily      the most per UTC day, or null
     * @param monthly    the most per UTC month, or null
     * @param onExceeded what happens to requests once a limit is reached
     */
    public record Budget(BigDecimal daily, BigDecimal monthly, OnExceeded onExceeded) {
    }

    /** What happens to a tenant's requests over budget. */
    public enum OnExceeded {
        /** Refused with a 429 {@code insufficient_quota} error. */
        REFUSE,
        /** Served on the local tier only. */
        DOWNGRADE
    }

    /**
     * A request rate limit.
     *
     * @param requests requests allowed per period
     * @param per      the period
     */
    public record RateLimit(int requests, Duration per) {
    }
}

package io.triage.api;

import io.triage.accounting.Tenant;
import io.triage.config.Accounting;
import io.triage.route.Decision;
import io.triage.route.Router;
import io.triage.backend.Tier;

/**
 * What a tenant may do: the models and routes it may use, its request rate, and its budget. A
 * tenant over budget is refused with OpenAI's {@code insufficient_quota}, or kept on the local
 * tier, as its policy says.
 */
final class Admission {

    private final Accounting accounting;
    private final Router router;

    Admission(Accounting accounting, Router router) {
        this.accounting = accounting;
        this.router = router;
    }

    /** Checks what can be checked before routing. */
    void beforeRouting(Tenant tenant, String model) {
        if (!tenant.mayAskFor(model)) {
            throw new RequestRefusedException(403, "Tenant '" + tenant.id() + "' may not use model '" + model + "'.",
                    "invalid_request_error", "model_not_allowed");
        }
        if (!accounting.admitRequest(tenant)) {
            throw new RequestRefusedException(429, "Rate limit reached for tenant '" + tenant.id() + "' ("
                    + tenant.rateLimit().requests() + " requests per " + tenant.rateLimit().per() + "). Try again later.",
                    "rate_limit_error", "rate_limit_exceeded");
        }
    }

    /** The decision the tenant may have: refused, kept, or moved to the local tier over budget. */
    Decision afterRouting(Tenant tenant, Decision decision) {
        if (!decision.route().name().startsWith("direct:") && !tenant.mayUseRoute(decision.route().name())) {
            throw new RequestRefusedException(403, "Tenant '" + tenant.id() + "' may not use route '"
                    + decision.route().name() + "'.", "invalid_request_error", "route_not_allowed");
        }
        var over = accounting.budgets().exceeded(tenant, accounting.currency());
        if (over.isEmpty()) {
            return decision;
        }
        if (tenant.budget().onExceeded() == Tenant.OnExceeded.REFUSE) {
            throw new RequestRefusedException(429, "You exceeded your current quota: " + over.get() + ".",
                    "insufficient_quota", "insufficient_quota");
        }
        if (decision.tier() == Tier.LOCAL) {
            return decision;
        }
        return router.redirectLocal(decision, accounting.tenants().downgradeRoute(), "budget-downgrade",
                "tenant '" + tenant.id() + "' is over budget (" + over.get() + "): kept on the local tier");
    }
}

package io.triage.accounting;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What each tenant has spent today and this month (UTC days and months), to decide whether a
 * tenant is over budget before its request runs. {@link BudgetBook} keeps the counters in memory
 * for one instance; a shared implementation (Redis) lets several instances enforce one budget.
 */
public interface BudgetCounter {

    /** Adds a request's cost to its tenant's spending today and this month. */
    void add(String tenant, BigDecimal cost);

    /** What the tenant has spent today and this month; zero for a tenant never seen. */
    Spending spent(String tenant);

    /** Why the tenant is over budget, or empty when it may spend. */
    default Optional<String> exceeded(Tenant tenant, String currency) {
        Tenant.Budget budget = tenant.budget();
        if (budget == null) {
            return Optional.empty();
        }
        Spending current = spent(tenant.id());
        if (budget.daily() != null && current.today().compareTo(budget.daily()) >= 0) {
            return Optional.of("the daily budget of " + budget.daily().toPlainString() + " " + currency + " is used up ("
                    + current.today().stripTrailingZeros().toPlainString() + " spent today)");
        }
        if (budget.monthly() != null && current.month().compareTo(budget.monthly()) >= 0) {
            return Optional.of("the monthly budget of " + budget.monthly().toPlainString() + " " + currency
                    + " is used up (" + current.month().stripTrailingZeros().toPlainString() + " spent this month)");
        }
        return Optional.empty();
    }

    /**
     * A tenant's spending.
     *
     * @param today since the start of the current UTC day
     * @param month since the start of the current UTC month
     */
    record Spending(BigDecimal today, BigDecimal month) {

        public static final Spending NONE = new Spending(BigDecimal.ZERO, BigDecimal.ZERO);
    }
}

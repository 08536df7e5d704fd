package io.triage.accounting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each tenant has spent today and this month (UTC), kept in memory and seeded from the
 * ledger at start-up, to decide whether a tenant is over budget before its request runs.
 */
public final class BudgetBook {

    private final Clock clock;
    private final Map<String, Spent> spent = new ConcurrentHashMap<>();

    /**
     * @param monthToDate cost per tenant since the start of this month
     * @param today       cost per tenant since the start of today
     */
    public BudgetBook(Clock clock, Map<String, BigDecimal> monthToDate, Map<String, BigDecimal> today) {
        this.clock = clock;
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        monthToDate.forEach((tenant, cost) -> spent.put(tenant,
                new Spent(day, today.getOrDefault(tenant, BigDecimal.ZERO), YearMonth.from(day), cost)));
    }

    /** Adds a request's cost to its tenant's spending. */
    public void add(String tenant, BigDecimal cost) {
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        spent.merge(tenant, new Spent(day, cost, YearMonth.from(day), cost), (old, added) -> old.plus(added));
    }

    /** Why the tenant is over budget, or empty when it may spend. */
    public Optional<String> exceeded(Tenant tenant, String currency) {
        Tenant.Budget budget = tenant.budget();
        if (budget == null) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Spent current = spent.getOrDefault(tenant.id(), Spent.NONE).as(day);
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

    /** A tenant's spending on one day and in one month. */
    private record Spent(LocalDate day, BigDecimal today, YearMonth monthOf, BigDecimal month) {

        static final Spent NONE = new Spent(LocalDate.MIN, BigDecimal.ZERO, YearMonth.of(0, 1), BigDecimal.ZERO);

        /** This spending seen from {@code now}: a past day or month counts as nothing spent. */
        Spent as(LocalDate now) {
            BigDecimal day = now.equals(this.day) ? today : BigDecimal.ZERO;
            BigDecimal inMonth = YearMonth.from(now).equals(monthOf) ? month : BigDecimal.ZERO;
            return new Spent(now, day, YearMonth.from(now), inMonth);
        }

        Spent plus(Spent added) {
            Spent base = as(added.day());
            return new Spent(added.day(), base.today().add(added.today()), added.monthOf(), base.month().add(added.month()));
        }
    }
}

package io.triage.accounting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each tenant has spent today and this month (UTC), kept in memory and seeded from the
 * ledger at start-up: the budget counters of a single instance.
 */
public final class BudgetBook implements BudgetCounter {

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

    @Override
    public void add(String tenant, BigDecimal cost) {
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        spent.merge(tenant, new Spent(day, cost, YearMonth.from(day), cost), (old, added) -> old.plus(added));
    }

    @Override
    public Spending spent(String tenant) {
        Spent current = spent.getOrDefault(tenant, Spent.NONE).as(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return new Spending(current.today(), current.month());
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

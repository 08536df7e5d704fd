package io.triage.redis;

import io.triage.accounting.BudgetCounter;
import io.triage.accounting.Tenant;
import io.triage.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Budget counters in a real redis-server: exact money, UTC days and months, shared by instances. */
class RedisBudgetCounterTest extends RedisTestSupport {

    private static final BigDecimal REMOTE_COST = new BigDecimal("0.0000925");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T23:00:00Z"));

    @Test
    void manySmallCosts_addUpExactly_asIntegersInRedis() {
        RedisBudgetCounter counter = new RedisBudgetCounter(connection, clock);
        for (int i = 0; i < 1_000; i++) {
            counter.add("exact", REMOTE_COST);
        }
        assertThat(counter.spent("exact").today()).isEqualByComparingTo("0.0925");
        assertThat(counter.spent("exact").month()).isEqualByComparingTo("0.0925");
        assertThat(server.command("GET", RedisBudgetCounter.dayKey("exact", LocalDate.parse("2026-11-21"))))
                .isEqualTo("925000000");
    }

    @Test
    void dailyBudget_spentThroughTwoInstances_isExceededForBoth() {
        Tenant acme = budgeted("acme-shared", new BigDecimal("0.0001"), null);
        RedisConnection other = RedisConnection.create(vertx, server.url(), Duration.ofSeconds(5));
        try {
            RedisBudgetCounter a = new RedisBudgetCounter(connection, clock);
            RedisBudgetCounter b = new RedisBudgetCounter(other, clock);
            a.add(acme.id(), REMOTE_COST);
            assertThat(b.exceeded(acme, "USD")).isEmpty();
            b.add(acme.id(), REMOTE_COST);
            assertThat(a.exceeded(acme, "USD")).hasValueSatisfying(why -> assertThat(why)
                    .contains("daily budget of 0.0001 USD").contains("0.000185 spent today"));
            assertThat(b.exceeded(acme, "USD")).isPresent();
        } finally {
            other.close();
        }
    }

    @Test
    void nextUtcDay_startsFromZero_whileTheMonthKeepsCounting() {
        RedisBudgetCounter counter = new RedisBudgetCounter(connection, clock);
        counter.add("days", new BigDecimal("0.75"));
        clock.advance(Duration.ofHours(2));
        counter.add("days", new BigDecimal("0.25"));
        BudgetCounter.Spending spent = counter.spent("days");
        assertThat(spent.today()).isEqualByComparingTo("0.25");
        assertThat(spent.month()).isEqualByComparingTo("1.00");
        clock.advance(Duration.ofDays(9));
        assertThat(counter.spent("days").month()).isEqualByComparingTo("0");
    }

    @Test
    void counters_haveAnExpiry_soOldDaysDoNotPileUp() {
        new RedisBudgetCounter(connection, clock).add("expiring", REMOTE_COST);
        LocalDate day = LocalDate.parse("2026-11-21");
        assertThat(Long.parseLong(server.command("TTL", RedisBudgetCounter.dayKey("expiring", day)))).isPositive();
        assertThat(Long.parseLong(server.command("TTL", RedisBudgetCounter.monthKey("expiring", day)))).isPositive();
    }

    @Test
    void seedFromTheLedger_fillsMissingCounters_butNeverOverwritesShared() {
        RedisBudgetCounter first = new RedisBudgetCounter(connection, clock);
        first.seed(Map.of("seeded", new BigDecimal("2.5")), Map.of("seeded", new BigDecimal("0.5")));
        first.add("seeded", new BigDecimal("0.1"));
        new RedisBudgetCounter(connection, clock).seed(Map.of("seeded", new BigDecimal("2.5")),
                Map.of("seeded", new BigDecimal("0.5")));
        assertThat(first.spent("seeded").today()).isEqualByComparingTo("0.6");
        assertThat(first.spent("seeded").month()).isEqualByComparingTo("2.6");
    }

    @Test
    void costFinerThanTheUnit_isRoundedUp_neverLost() {
        assertThat(RedisBudgetCounter.units(new BigDecimal("0.00000000001"))).isEqualTo(1);
        assertThat(RedisBudgetCounter.units(new BigDecimal("1"))).isEqualTo(10_000_000_000L);
    }

    private static Tenant budgeted(String id, BigDecimal daily, BigDecimal monthly) {
        return new Tenant(id, Set.of(), Set.of(), new Tenant.Budget(daily, monthly, Tenant.OnExceeded.REFUSE), null);
    }
}

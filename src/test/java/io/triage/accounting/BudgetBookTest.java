package io.triage.accounting;

import io.triage.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetBookTest {

    private static final Tenant DAILY = new Tenant("acme", Set.of(), Set.of(),
            new Tenant.Budget(new BigDecimal("1.00"), new BigDecimal("3.00"), Tenant.OnExceeded.REFUSE), null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T23:00:00Z"));

    @Test
    void spendingUpToTheDailyLimit_exceedsIt_untilTheNextUtcDay() {
        BudgetBook book = new BudgetBook(clock, Map.of(), Map.of());
        book.add("acme", new BigDecimal("0.60"));
        assertThat(book.exceeded(DAILY, "USD")).isEmpty();
        book.add("acme", new BigDecimal("0.40"));
        assertThat(book.exceeded(DAILY, "USD")).hasValueSatisfying(why -> assertThat(why).contains("daily budget of 1.00 USD"));
        clock.advance(Duration.ofHours(2));
        assertThat(book.exceeded(DAILY, "USD")).isEmpty();
    }

    @Test
    void monthlyLimit_countsEveryDayOfTheMonth_andSpendingKnownAtStartUp() {
        BudgetBook book = new BudgetBook(clock, Map.of("acme", new BigDecimal("2.50")), Map.of("acme", new BigDecimal("0.50")));
        clock.advance(Duration.ofHours(2));
        book.add("acme", new BigDecimal("0.50"));
        assertThat(book.exceeded(DAILY, "USD")).hasValueSatisfying(why -> assertThat(why).contains("monthly budget"));
        clock.advance(Duration.ofDays(10));
        assertThat(book.exceeded(DAILY, "USD")).isEmpty();
    }

    @Test
    void tenantWithoutBudget_isNeverOver() {
        BudgetBook book = new BudgetBook(clock, Map.of(), Map.of());
        book.add("default", new BigDecimal("1000"));
        assertThat(book.exceeded(Tenant.OPEN, "USD")).isEmpty();
    }
}

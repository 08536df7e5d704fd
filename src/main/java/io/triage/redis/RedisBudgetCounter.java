package io.triage.redis;

import io.triage.accounting.BudgetCounter;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Budget counters shared by every instance: per tenant, one Redis integer for the UTC day and
 * one for the UTC month, in units of 10<sup>-10</sup> of the currency (INCRBY, so money stays
 * exact; a cost finer than that is rounded up). Both are incremented and given their expiry in one
 * atomic script. The keys are named by their day and month, so a new day starts from zero; the
 * expiry only clears old keys away. When Redis fails, the spending is still in the ledger; the
 * request goes on and the log says that the budget was not counted or checked.
 */
public final class RedisBudgetCounter implements BudgetCounter {

    static final String PREFIX = "triage:budget:";
    static final int SCALE = 10;
    private static final Logger LOG = Logger.getLogger(RedisBudgetCounter.class);
    private static final Duration DAY_KEY_LIFE = Duration.ofDays(2);
    private static final Duration MONTH_KEY_LIFE = Duration.ofDays(62);
    private static final String ADD = """
            redis.call('INCRBY', KEYS[1], ARGV[1])
            redis.call('EXPIRE', KEYS[1], ARGV[2])
            redis.call('INCRBY', KEYS[2], ARGV[1])
            redis.call('EXPIRE', KEYS[2], ARGV[3])
            return 1""";

    private final RedisConnection redis;
    private final Clock clock;

    public RedisBudgetCounter(RedisConnection redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * Fills in the counters Redis does not have yet (an empty or restarted Redis) from the ledger;
     * counters another instance already keeps are left alone (SET NX).
     *
     * @param monthToDate cost per tenant since the start of this month
     * @param today       cost per tenant since the start of today
     */
    public void seed(Map<String, BigDecimal> monthToDate, Map<String, BigDecimal> today) {
        LocalDate day = today();
        try {
            monthToDate.forEach((tenant, cost) -> redis.send(Command.SET, monthKey(tenant, day), units(cost), "NX",
                    "EX", MONTH_KEY_LIFE.toSeconds()));
            today.forEach((tenant, cost) -> redis.send(Command.SET, dayKey(tenant, day), units(cost), "NX",
                    "EX", DAY_KEY_LIFE.toSeconds()));
        } catch (RuntimeException e) {
            LOG.warnf("Budget counters not seeded from the ledger: %s", e.getMessage());
        }
    }

    @Override
    public void add(String tenant, BigDecimal cost) {
        if (cost.signum() == 0) {
            return;
        }
        LocalDate day = today();
        try {
            redis.send(Command.EVAL, ADD, 2, dayKey(tenant, day), monthKey(tenant, day), units(cost),
                    DAY_KEY_LIFE.toSeconds(), MONTH_KEY_LIFE.toSeconds());
        } catch (RuntimeException e) {
            LOG.warnf("Spending of %s by tenant '%s' not counted against its budget: %s", cost.toPlainString(), tenant,
                    e.getMessage());
        }
    }

    @Override
    public Spending spent(String tenant) {
        LocalDate day = today();
        try {
            Response both = redis.send(Command.MGET, dayKey(tenant, day), monthKey(tenant, day));
            return new Spending(amount(both.get(0)), amount(both.get(1)));
        } catch (RuntimeException e) {
            LOG.warnf("Budget of tenant '%s' not checked, request let through: %s", tenant, e.getMessage());
            return Spending.NONE;
        }
    }

    /** A cost in the integer units Redis counts. */
    static long units(BigDecimal cost) {
        return cost.setScale(SCALE, RoundingMode.CEILING).unscaledValue().longValueExact();
    }

    static String dayKey(String tenant, LocalDate day) {
        return PREFIX + tenant + ":day:" + day;
    }

    static String monthKey(String tenant, LocalDate day) {
        return PREFIX + tenant + ":month:" + YearMonth.from(day);
    }

    private static BigDecimal amount(Response units) {
        return units == null ? BigDecimal.ZERO : BigDecimal.valueOf(units.toLong(), SCALE);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}

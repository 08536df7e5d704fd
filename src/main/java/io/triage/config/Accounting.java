package io.triage.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.triage.accounting.Accountant;
import io.triage.accounting.BudgetBook;
import io.triage.accounting.BudgetCounter;
import io.triage.accounting.JdbcLedger;
import io.triage.accounting.Ledger;
import io.triage.accounting.LedgerSettings;
import io.triage.accounting.LocalRateCounter;
import io.triage.accounting.PriceList;
import io.triage.accounting.RateCounter;
import io.triage.accounting.RecentRequests;
import io.triage.accounting.Tenant;
import io.triage.accounting.Tenants;
import io.triage.accounting.TokenCounter;
import io.triage.accounting.UsageMetrics;
import io.triage.backend.Tier;
import io.triage.redis.RedisBudgetCounter;
import io.triage.redis.RedisConnection;
import io.triage.redis.RedisRateCounter;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * The accounting side of the gateway, built from the configuration and policies. Budget and rate
 * counters live in this instance's memory, or in Redis when a connection is given, so that
 * several instances enforce the same limits.
 */
public final class Accounting implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Accounting.class);

    private final Accountant accountant;
    private final Tenants tenants;
    private final Ledger ledger;
    private final BudgetCounter budgets;
    private final RateCounter rates;
    private final UsageMetrics metrics;
    private final RecentRequests recent = new RecentRequests(1_000);

    Accounting(TriageConfig config, Path policyDir, Map<String, Tier> servedModels, String defaultBaseline,
               Set<String> routes, Clock clock, MeterRegistry registry, RedisConnection redis) {
        PriceList prices = PricingPolicy.load(Path.of(config.pricing().file().orElse(policyDir.resolve("pricing.yaml").toString())),
                servedModels, defaultBaseline);
        this.accountant = new Accountant(prices, new TokenCounter());
        this.tenants = TenantsPolicy.load(Path.of(config.tenants().file().orElse(policyDir.resolve("tenants.yaml").toString())),
                routes, config.admin().token());
        this.ledger = JdbcLedger.open(LedgerSettings.of(config.ledger().url(), config.ledger().user().orElse(null),
                config.ledger().password().orElse(null), Path.of(config.ledger().walDir())), clock);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, BigDecimal> monthToDate = ledger.costByTenantSince(startOf(today.withDayOfMonth(1)));
        Map<String, BigDecimal> spentToday = ledger.costByTenantSince(startOf(today));
        this.metrics = new UsageMetrics(registry, prices.currency().getCurrencyCode());
        if (redis == null) {
            this.budgets = new BudgetBook(clock, monthToDate, spentToday);
            this.rates = new LocalRateCounter(tenants.tenants().values());
        } else {
            RedisBudgetCounter shared = new RedisBudgetCounter(redis, clock);
            shared.seed(monthToDate, spentToday);
            this.budgets = shared;
            this.rates = new RedisRateCounter(redis, clock);
            LOG.infof("Budgets and rate limits counted in Redis at %s, shared with other instances", redis.where());
        }
        logStartup(prices);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private void logStartup(PriceList prices) {
        LOG.infof("Prices in %s; baseline model '%s'", prices.currency().getCurrencyCode(), prices.baseline());
        if (tenants.isOpen()) {
            LOG.warn("NO TENANTS CONFIGURED: the gateway runs OPEN. Any client may call it without an API key, and all "
                    + "spending is tenant 'default' with no budget. Add policies/tenants.yaml to require keys.");
        } else {
            LOG.infof("%d tenants, %d API keys", tenants.tenants().size(), tenants.keys().size());
        }
        if (tenants.adminTokenHash() == null) {
            LOG.warn("No admin token configured (TRIAGE_ADMIN_TOKEN or admin.token_sha256 in tenants.yaml): "
                    + "/admin and /dashboard refuse every request.");
        }
    }

    public Accountant accountant() {
        return accountant;
    }

    public Tenants tenants() {
        return tenants;
    }

    public Ledger ledger() {
        return ledger;
    }

    public BudgetCounter budgets() {
        return budgets;
    }

    public UsageMetrics metrics() {
        return metrics;
    }

    public RecentRequests recent() {
        return recent;
    }

    /** False when the tenant's request rate limit is used up. */
    public boolean admitRequest(Tenant tenant) {
        return rates.tryAcquire(tenant);
    }

    public String currency() {
        return accountant.prices().currency().getCurrencyCode();
    }

    @Override
    public void close() {
        ledger.close();
    }
}

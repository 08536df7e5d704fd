package io.triage.config;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.triage.accounting.Accountant;
import io.triage.accounting.BudgetBook;
import io.triage.accounting.JdbcLedger;
import io.triage.accounting.Ledger;
import io.triage.accounting.LedgerSettings;
import io.triage.accounting.PriceList;
import io.triage.accounting.RecentRequests;
import io.triage.accounting.Tenant;
import io.triage.accounting.Tenants;
import io.triage.accounting.TokenCounter;
import io.triage.accounting.UsageMetrics;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The accounting side of the gateway, built from the configuration and policies. */
public final class Accounting implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Accounting.class);

    private final Accountant accountant;
    private final Tenants tenants;
    private final Ledger ledger;
    private final BudgetBook budgets;
    private final UsageMetrics metrics;
    private final RecentRequests recent = new RecentRequests(1_000);
    private final Map<String, RateLimiter> rateLimits = new HashMap<>();

    Accounting(TriageConfig config, Path policyDir, Collection<String> servedModels, String defaultBaseline,
               Set<String> routes, Clock clock, MeterRegistry registry) {
        PriceList prices = PricingPolicy.load(Path.of(config.pricing().file().orElse(policyDir.resolve("pricing.yaml").toString())),
                servedModels, defaultBaseline);
        this.accountant = new Accountant(prices, new TokenCounter());
        this.tenants = TenantsPolicy.load(Path.of(config.tenants().file().orElse(policyDir.resolve("tenants.yaml").toString())),
                routes, config.admin().token());
        this.ledger = JdbcLedger.open(LedgerSettings.of(config.ledger().url(), config.ledger().user().orElse(null),
                config.ledger().password().orElse(null), Path.of(config.ledger().walDir())), clock);
        this.budgets = new BudgetBook(clock, ledger.costByTenantSince(LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .withDayOfMonth(1).atStartOfDay().toInstant(ZoneOffset.UTC)),
                ledger.costByTenantSince(LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().toInstant(ZoneOffset.UTC)));
        this.metrics = new UsageMetrics(registry, prices.currency().getCurrencyCode());
        tenants.tenants().values().stream().filter(t -> t.rateLimit() != null).forEach(t -> rateLimits.put(t.id(),
                RateLimiter.of("tenant-" + t.id(), RateLimiterConfig.custom().limitForPeriod(t.rateLimit().requests())
                        .limitRefreshPeriod(t.rateLimit().per()).timeoutDuration(Duration.ZERO).build())));
        logStartup(prices);
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

    public BudgetBook budgets() {
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
        RateLimiter limiter = rateLimits.get(tenant.id());
        return limiter == null || limiter.acquirePermission();
    }

    public String currency() {
        return accountant.prices().currency().getCurrencyCode();
    }

    @Override
    public void close() {
        ledger.close();
    }
}

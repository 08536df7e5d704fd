package io.triage.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.triage.backend.ChatBackend;
import io.triage.backend.Tier;
import io.triage.cache.CachePolicy;
import io.triage.cache.ExactCache;
import io.triage.cache.ResponseCache;
import io.triage.classify.TokenEstimator;
import io.triage.redis.RedisConnection;
import io.triage.redis.RedisExactCache;
import io.triage.resilience.BackendGuard;
import io.triage.resilience.Dispatcher;
import io.triage.resilience.ResiliencePolicy;
import io.triage.resilience.RetryTiming;
import io.triage.route.BackendInfo;
import io.triage.route.RouteTable;
import io.triage.route.RouteTableLoader;
import io.triage.route.Router;
import io.triage.route.RuleSet;
import io.triage.route.RuleSetLoader;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The gateway's objects, built once at start-up from the configuration, the policies and the
 * rules. Start-up fails with a message naming the file, rule and value when any of them is invalid.
 */
@Startup
@ApplicationScoped
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class);

    private final Map<String, ChatBackend> backends;
    private final Router router;
    private final Dispatcher dispatcher;
    private final TriageConfig.Limits limits;
    private final Path rulesDir;
    private final Instant startedAt = Instant.now();
    private final RulesWatcher watcher;
    private final Classifiers classifiers;
    private final ResponseCache cache;
    private final Accounting accounting;
    private final boolean logPrompts;
    private final RedisConnection redis;

    @Inject
    public Gateway(TriageConfig config, TimeSource time, MeterRegistry registry, Vertx vertx) {
        this.limits = config.limits();
        this.logPrompts = config.debug().logPrompts();
        if (logPrompts) {
            LOG.warn("triage.debug.log-prompts is on: every request's messages go to the log");
        }
        this.backends = createBackends(config, vertx);
        Path policyDir = Path.of(config.policies().dir());
        RouteTable routes = new RouteTableLoader(backends.keySet()).load(policyDir);
        this.rulesDir = Path.of(config.rules().dir());
        RuleSetLoader loader = new RuleSetLoader(routes.names());
        RuleSet rules = loader.load(rulesDir);
        Map<String, BackendInfo> infos = new LinkedHashMap<>();
        backends.forEach((name, backend) -> infos.put(name, new BackendInfo(name, backend.tier(), backend.models())));
        this.classifiers = new Classifiers(config.classifier());
        this.router = new Router(classifiers.classifier(), new TokenEstimator(), rules, routes, infos,
                new java.util.LinkedHashSet<>(config.aliases()));
        this.dispatcher = new Dispatcher(guards(backends, ResiliencePolicies.load(policyDir, backends.keySet()), time), routes);
        CachePolicy caching = CachePolicies.load(policyDir, routes.names());
        this.redis = config.redis().url().map(url -> RedisConnection.create(vertx, url, config.redis().timeout())).orElse(null);
        ExactCache exact = redis == null ? ResponseCache.inMemory(caching, time.clock()) : new RedisExactCache(redis, caching.exactTtl());
        if (redis != null) {
            LOG.infof("Exact cache in Redis at %s, shared with other instances", redis.where());
        }
        this.cache = new ResponseCache(caching, exact, classifiers.embedder(), time.clock());
        Map<String, Tier> served = new LinkedHashMap<>();
        backends.values().forEach(b -> b.models().forEach(model -> served.putIfAbsent(model, b.tier())));
        this.accounting = new Accounting(config, policyDir, served,
                backends.get("remote").models().get(0), routes.names(), time.clock(), registry, redis);
        dispatcher.guards().forEach((name, guard) -> Gauge.builder("triage.breaker.state", guard,
                g -> g.breakerState().getOrder()).description("0 closed, 1 open, 2 half-open, 3 disabled, 4 forced open")
                .tag("backend", name).register(registry));
        this.watcher = config.rules().reloadInterval().isZero() ? null
                : new RulesWatcher(rulesDir, loader, router, config.rules().reloadInterval());
        logStartup(rules);
    }

    private static Map<String, ChatBackend> createBackends(TriageConfig config, Vertx vertx) {
        Map<String, ChatBackend> backends = new LinkedHashMap<>();
        backends.put("local", BackendFactory.create("local", config.local(), vertx));
        backends.put("remote", BackendFactory.create("remote", config.remote(), vertx));
        config.backends().forEach((name, backend) -> backends.put(name, BackendFactory.create(name, backend, vertx)));
        return backends;
    }

    private static Map<String, BackendGuard> guards(Map<String, ChatBackend> backends,
                                                    Map<String, ResiliencePolicy> policies, TimeSource time) {
        RetryTiming timing = new RetryTiming(() -> ThreadLocalRandom.current().nextDouble());
        Map<String, BackendGuard> guards = new LinkedHashMap<>();
        backends.forEach((name, backend) -> guards.put(name,
                new BackendGuard(backend, policies.get(name), time.clock(), time.sleeper(), timing)));
        return guards;
    }

    private void logStartup(RuleSet rules) {
        LOG.infof("Triage routing with %d rules from %s (default route '%s')", rules.rules().size(), rulesDir,
                rules.defaultRoute());
        backends.values().forEach(backend -> {
            if (backend.available()) {
                LOG.infof("Backend '%s' (%s): models %s", backend.name(), backend.tier().wireName(), backend.models());
            } else {
                LOG.warnf("Backend '%s' (%s) is UNAVAILABLE: %s", backend.name(), backend.tier().wireName(),
                        backend.unavailableReason());
            }
        });
    }

    public Router router() {
        return router;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public ResponseCache cache() {
        return cache;
    }

    public Accounting accounting() {
        return accounting;
    }

    public Map<String, ChatBackend> backends() {
        return backends;
    }

    /** The backend that serves {@code model} directly, if any. */
    public Optional<ChatBackend> backendServing(String model) {
        return backends.values().stream().filter(b -> b.models().contains(model)).findFirst();
    }

    /** True when {@code triage.debug.log-prompts} asks for every request's messages in the log. */
    public boolean logPrompts() {
        return logPrompts;
    }

    public TriageConfig.Limits limits() {
        return limits;
    }

    public Path rulesDir() {
        return rulesDir;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Checks the rule files now (the watcher also does this on its own schedule). */
    public boolean reloadRulesIfChanged() {
        return watcher != null && watcher.check();
    }

    @PreDestroy
    void close() {
        if (watcher != null) {
            watcher.close();
        }
        classifiers.close();
        accounting.close();
        if (redis != null) {
            redis.close();
        }
        backends.values().forEach(ChatBackend::close);
    }
}

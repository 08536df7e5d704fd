package io.triage.accounting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * The gateway's Prometheus metrics (Micrometer): requests, tokens, cost, baseline and saved by
 * route, tier, task and model; latency, gateway overhead, classifier time and time to first token
 * as histograms; cache results and fall-overs.
 */
public final class UsageMetrics {

    private final MeterRegistry registry;
    private final String currency;

    public UsageMetrics(MeterRegistry registry, String currency) {
        this.registry = registry;
        this.currency = currency;
    }

    /** One finished request. */
    public void record(UsageRecord r, Duration classifier, Duration overhead) {
        Tags tags = Tags.of("route", r.route(), "tier", r.tier(), "task", r.task(), "model", r.model());
        registry.counter("triage.requests", tags.and("cache", r.cache(), "status", String.valueOf(r.status()))).increment();
        registry.counter("triage.tokens", tags.and("kind", "prompt")).increment(r.promptTokens());
        registry.counter("triage.tokens", tags.and("kind", "completion")).increment(r.completionTokens());
        money("triage.cost", tags).increment(r.cost().doubleValue());
        money("triage.baseline", tags).increment(r.baseline().doubleValue());
        money("triage.saved", tags).increment(r.saved().doubleValue());
        registry.counter("triage.cache", "result", r.cache()).increment();
        if (r.fallbackFrom() != null) {
            registry.counter("triage.fallbacks", "from", r.fallbackFrom(), "to", r.route()).increment();
        }
        Tags where = Tags.of("route", r.route(), "tier", r.tier());
        timer("triage.request.duration", "Time from request to last byte", where).record(Duration.ofMillis(r.latencyMillis()));
        timer("triage.gateway.overhead", "Time not spent waiting on a model", where).record(overhead);
        if (!classifier.isZero()) {
            timer("triage.classifier.duration", "Time the task classifier took", Tags.empty()).record(classifier);
        }
        if (r.ttftMillis() != null) {
            timer("triage.ttft", "Time to first token of streams", where).record(Duration.ofMillis(r.ttftMillis()));
        }
    }

    private Counter money(String name, Tags tags) {
        return Counter.builder(name).baseUnit(currency).tags(tags).register(registry);
    }

    private Timer timer(String name, String description, Tags tags) {
        return Timer.builder(name).description(description).tags(tags).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(50_000)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }
}

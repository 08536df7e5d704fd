package io.triage.accounting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's Prometheus metrics (Micrometer): requests, tokens, cost, baseline and saved by
 * route, tier, task and model; latency, gateway overhead, classifier time and time to first token
 * as histograms; cache results and fall-overs.
 *
 * <p>The meters of one combination of tags are looked up once and kept: finding a meter in the
 * registry builds and sorts its tags, which cost more than recording.
 */
public final class UsageMetrics {

    private final MeterRegistry registry;
    private final String currency;
    private final Map<Labels, Meters> meters = new ConcurrentHashMap<>();
    /** Time to first token, by route: registered with the route's first stream, so routes without streams show none. */
    private final Map<String, Timer> ttft = new ConcurrentHashMap<>();
    private final Timer classifier;

    public UsageMetrics(MeterRegistry registry, String currency) {
        this.registry = registry;
        this.currency = currency;
        this.classifier = timer("triage.classifier.duration", "Time the task classifier took", Tags.empty());
    }

    /** One finished request. */
    public void record(UsageRecord r, Duration classifierTime, Duration overhead) {
        Meters m = meters.computeIfAbsent(new Labels(r.route(), r.tier(), r.task(), r.model(), r.cache(), r.status(),
                r.fallbackFrom()), this::register);
        m.requests().increment();
        m.promptTokens().increment(r.promptTokens());
        m.completionTokens().increment(r.completionTokens());
        m.cost().increment(r.cost().doubleValue());
        m.baseline().increment(r.baseline().doubleValue());
        m.saved().increment(r.saved().doubleValue());
        m.cache().increment();
        if (m.fallback() != null) {
            m.fallback().increment();
        }
        m.duration().record(Duration.ofMillis(r.latencyMillis()));
        m.overhead().record(overhead);
        if (!classifierTime.isZero()) {
            classifier.record(classifierTime);
        }
        if (r.ttftMillis() != null) {
            ttft.computeIfAbsent(r.route() + '\n' + r.tier(), key -> timer("triage.ttft", "Time to first token of streams",
                    Tags.of("route", r.route(), "tier", r.tier()))).record(Duration.ofMillis(r.ttftMillis()));
        }
    }

    private Meters register(Labels l) {
        Tags tags = Tags.of("route", l.route(), "tier", l.tier(), "task", l.task(), "model", l.model());
        Tags where = Tags.of("route", l.route(), "tier", l.tier());
        return new Meters(
                registry.counter("triage.requests", tags.and("cache", l.cache(), "status", String.valueOf(l.status()))),
                registry.counter("triage.tokens", tags.and("kind", "prompt")),
                registry.counter("triage.tokens", tags.and("kind", "completion")),
                money("triage.cost", tags), money("triage.baseline", tags), money("triage.saved", tags),
                registry.counter("triage.cache", "result", l.cache()),
                l.fallbackFrom() == null ? null : registry.counter("triage.fallbacks", "from", l.fallbackFrom(), "to", l.route()),
                timer("triage.request.duration", "Time from request to last byte", where),
                timer("triage.gateway.overhead", "Time not spent waiting on a model", where));
    }

    private Counter money(String name, Tags tags) {
        return Counter.builder(name).baseUnit(currency).tags(tags).register(registry);
    }

    private Timer timer(String name, String description, Tags tags) {
        return Timer.builder(name).description(description).tags(tags).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(50_000)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }

    /** The tags that tell one request's meters apart. */
    private record Labels(String route, String tier, String task, String model, String cache, int status,
                          String fallbackFrom) {
    }

    /** The meters one finished request moves. {@code fallback} is null when it did not fall over. */
    private record Meters(Counter requests, Counter promptTokens, Counter completionTokens, Counter cost,
                          Counter baseline, Counter saved, Counter cache, Counter fallback, Timer duration,
                          Timer overhead) {
    }
}

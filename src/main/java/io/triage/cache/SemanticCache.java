package io.triage.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nearest-neighbour answers within a scope (tenant, route and context fingerprint): the earlier
 * question whose embedding is most similar, if at least as similar as the route's threshold and
 * with exactly the same numbers in it ("what is 2+2" and "what is 2+3" embed almost alike).
 * Each scope keeps its newest answers; scopes not used for the time to live are dropped.
 */
final class SemanticCache {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final int MAX_SCOPES = 10_000;

    private final Cache<String, Scope> scopes;
    private final int perScope;
    private final Duration ttl;
    private final Clock clock;

    SemanticCache(int perScope, Duration ttl, Clock clock, Ticker ticker) {
        this.scopes = Caffeine.newBuilder().maximumSize(MAX_SCOPES).expireAfterAccess(ttl).ticker(ticker).build();
        this.perScope = perScope;
        this.ttl = ttl;
        this.clock = clock;
    }

    Optional<CachedAnswer> nearest(String scope, String text, float[] vector, double threshold) {
        Scope entries = scopes.getIfPresent(scope);
        return entries == null ? Optional.empty() : entries.nearest(numbers(text), vector, threshold,
                clock.instant().minus(ttl));
    }

    void put(String scope, String text, float[] vector, CachedAnswer answer) {
        scopes.get(scope, s -> new Scope(perScope)).add(new Entry(vector, numbers(text), answer));
    }

    private static List<String> numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.results().map(r -> r.group()).toList();
    }

    private record Entry(float[] vector, List<String> numbers, CachedAnswer answer) {
    }

    /** One scope's newest answers. */
    private static final class Scope {
        private final Deque<Entry> entries = new ArrayDeque<>();
        private final int capacity;

        Scope(int capacity) {
            this.capacity = capacity;
        }

        synchronized void add(Entry entry) {
            if (entries.size() >= capacity) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }

        synchronized Optional<CachedAnswer> nearest(List<String> numbers, float[] vector, double threshold,
                                                    java.time.Instant notBefore) {
            Entry best = null;
            double bestScore = threshold;
            for (Entry entry : entries) {
                double score = cosine(entry.vector(), vector);
                if (score >= bestScore && entry.numbers().equals(numbers) && !entry.answer().at().isBefore(notBefore)) {
                    best = entry;
                    bestScore = score;
                }
            }
            return best == null ? Optional.empty() : Optional.of(best.answer());
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}

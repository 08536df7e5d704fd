package io.triage.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.Optional;

/** The in-memory exact cache: bounded by entries, entries expire after a time to live. */
final class CaffeineExactCache implements ExactCache {

    private final Cache<String, CachedAnswer> answers;

    CaffeineExactCache(long maxEntries, Duration ttl, Ticker ticker) {
        this.answers = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).ticker(ticker).build();
    }

    @Override
    public Optional<CachedAnswer> get(String key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    @Override
    public void put(String key, CachedAnswer answer) {
        answers.put(key, answer);
    }
}

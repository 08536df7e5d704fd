package io.triage.cache;

import java.util.Optional;

/** Answers by exact request key. One instance per gateway; Caffeine in memory by default. */
public interface ExactCache {

    Optional<CachedAnswer> get(String key);

    void put(String key, CachedAnswer answer);
}

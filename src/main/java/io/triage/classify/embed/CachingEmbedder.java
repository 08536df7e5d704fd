package io.triage.classify.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Remembers the embeddings of recent texts, so a repeated prompt costs a hash lookup. */
public final class CachingEmbedder implements TextEmbedder {

    private final TextEmbedder delegate;
    private final Cache<String, float[]> cache;

    public CachingEmbedder(TextEmbedder delegate, long maxEntries) {
        this.delegate = delegate;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    @Override
    public float[] embed(String text) {
        return cache.get(text, delegate::embed);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    /** How many embeddings are cached now. */
    public long size() {
        return cache.estimatedSize();
    }
}

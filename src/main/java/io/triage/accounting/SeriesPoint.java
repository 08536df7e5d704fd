package io.triage.accounting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Sums over the ledger records of one group in one time bucket, for charts over time.
 *
 * @param start     the bucket's first instant (buckets are aligned on the epoch)
 * @param key       the group's value (a tier, a route, ...), {@code none} when the column is null
 * @param requests  how many requests
 * @param cost      total cost
 * @param saved     total saved (baseline minus cost)
 * @param cacheHits requests answered from the cache (exact or semantic)
 * @param fallbacks requests answered by another route than the one decided
 */
public record SeriesPoint(Instant start, String key, long requests, BigDecimal cost, BigDecimal saved, long cacheHits,
                          long fallbacks) {
}

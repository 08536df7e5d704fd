package io.triage.accounting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One record per request, kept in a database. Recording never blocks on the database: records are
 * written in batches off the request path, and are durable from the moment {@link #record}
 * returns (see the implementation for how).
 */
public interface Ledger extends AutoCloseable {

    /** Keeps a record. Returns quickly; the record survives a kill of the process from then on. */
    void record(UsageRecord record);

    /** Waits until every record passed to {@link #record} so far is in the database. */
    void flush();

    /**
     * Totals of the records with {@code from <= at < to}, one per group, ordered by key, followed by
     * the grand total (key {@code total}). Records not yet written are flushed first.
     */
    List<UsageTotals> totals(GroupBy groupBy, Instant from, Instant to);

    /** Cost per tenant of the records with {@code at >= since}, for budgets. */
    Map<String, BigDecimal> costByTenantSince(Instant since);

    /**
     * Sums per time bucket of {@code bucketSeconds} (aligned on the epoch) and group, of the records
     * with {@code from <= at < to}, oldest bucket first. Records not yet written are flushed first.
     */
    List<SeriesPoint> series(GroupBy groupBy, Instant from, Instant to, int bucketSeconds);

    /** Percentiles of latency, gateway overhead and TTFT of the records with {@code from <= at < to}. */
    LatencyPercentiles latency(Instant from, Instant to);

    /** Writes what is pending and releases the database. */
    @Override
    void close();
}

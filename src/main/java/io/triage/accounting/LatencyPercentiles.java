package io.triage.accounting;

/**
 * Percentiles of the ledger's timings over a window, in milliseconds (interpolated, as
 * {@code PERCENTILE_CONT} does).
 *
 * @param requests how many records the window holds
 * @param latency  time from request to last byte
 * @param overhead time not spent waiting on a backend
 * @param ttft     time to first token (streams only)
 */
public record LatencyPercentiles(long requests, Percentiles latency, Percentiles overhead, Percentiles ttft) {

    /**
     * The 50th, 95th and 99th percentiles of one timing; all null when no record has it.
     *
     * @param count how many records have this timing
     * @param p50   the median
     * @param p95   the 95th percentile
     * @param p99   the 99th percentile
     */
    public record Percentiles(long count, Double p50, Double p95, Double p99) {
    }
}

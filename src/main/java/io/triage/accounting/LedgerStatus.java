package io.triage.accounting;

import java.time.Instant;

/**
 * How the ledger's writer is doing, for health checks and the dashboard.
 *
 * @param pending    records recorded but not yet committed to the database
 * @param lastCommit when the writer last committed a batch (by the ledger's clock), or null if never
 * @param lastError  why the last write failed, or null when it succeeded
 */
public record LedgerStatus(long pending, Instant lastCommit, String lastError) {
}

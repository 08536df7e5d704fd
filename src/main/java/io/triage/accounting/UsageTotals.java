package io.triage.accounting;

import java.math.BigDecimal;

/**
 * Sums over a group of ledger records.
 *
 * @param key              the group's value (a route name, a tier, ...), or {@code total}
 * @param requests         how many requests
 * @param promptTokens     input tokens
 * @param cachedTokens     input tokens served from a provider's prompt cache
 * @param completionTokens output tokens
 * @param cost             total cost
 * @param baseline         total baseline cost
 * @param saved            total saved (baseline minus cost)
 */
public record UsageTotals(String key, long requests, long promptTokens, long cachedTokens, long completionTokens,
                          BigDecimal cost, BigDecimal baseline, BigDecimal saved) {
}

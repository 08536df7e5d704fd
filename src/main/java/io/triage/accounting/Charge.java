package io.triage.accounting;

import io.triage.chat.Usage;

import java.math.BigDecimal;

/**
 * What one request cost, against what it would have cost on the baseline model.
 *
 * @param usage       the tokens of every attempt that consumed tokens, summed
 * @param answerUsage the final answer's tokens (what the response's {@code usage} says)
 * @param counted     true when Triage counted the final answer's tokens because the backend reported none
 * @param cost     what the request cost (0 for a cache hit)
 * @param baseline what the final answer's tokens cost on the baseline model
 * @param saved    baseline minus cost: what routing (or the cache) saved, negative when it cost more
 */
public record Charge(Usage usage, Usage answerUsage, boolean counted, BigDecimal cost, BigDecimal baseline,
                     BigDecimal saved) {

    /** Nothing was answered and nothing spent. */
    public static final Charge NONE = new Charge(Usage.ZERO, Usage.ZERO, false, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);
}

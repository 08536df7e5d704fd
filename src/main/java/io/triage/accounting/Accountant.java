package io.triage.accounting;

import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.Usage;

import java.math.BigDecimal;
import java.util.List;

/**
 * Prices requests. Every attempt that consumed tokens is paid for (a cascade pays for the small
 * model's rejected answer too); the baseline is the final answer's tokens at the baseline model's
 * price, so that saved = baseline - cost adds up exactly over any grouping. A cache hit costs
 * nothing and saves the baseline.
 */
public final class Accountant {

    private final PriceList prices;
    private final TokenCounter counter;

    public Accountant(PriceList prices, TokenCounter counter) {
        this.prices = prices;
        this.counter = counter;
    }

    public PriceList prices() {
        return prices;
    }

    /**
     * @param answer   the answer the client got
     * @param rejected answers that were paid for but not used (escalated by a cascade)
     */
    public Charge charge(ChatRequest request, Paid answer, List<Paid> rejected) {
        ChatResult result = answer.result();
        boolean counted = result.usage().isEmpty() && !(result.content().isEmpty() && result.toolCalls().isEmpty());
        Usage usage = counted ? counter.count(request, result) : result.usage();
        BigDecimal cost = costOf(answer, usage);
        Usage total = usage;
        for (Paid paid : rejected) {
            Usage paidUsage = paid.result().usage().isEmpty() ? counter.count(request, paid.result()) : paid.result().usage();
            cost = cost.add(costOf(paid, paidUsage));
            total = new Usage(total.promptTokens() + paidUsage.promptTokens(),
                    total.completionTokens() + paidUsage.completionTokens(),
                    total.cachedPromptTokens() + paidUsage.cachedPromptTokens());
        }
        BigDecimal baseline = baselineOf(usage);
        return new Charge(total, usage, counted, cost, baseline, baseline.subtract(cost));
    }

    /** A cache hit: nothing spent, the baseline of the cached answer saved. */
    public Charge cacheHit(ChatResult cached) {
        BigDecimal baseline = baselineOf(cached.usage());
        return new Charge(Usage.ZERO, cached.usage(), false, BigDecimal.ZERO, baseline, baseline);
    }

    /** Priced as the model the provider reports, or else as the model Triage asked for (always priced). */
    private BigDecimal costOf(Paid paid, Usage usage) {
        Price price = prices.of(paid.result().model()).or(() -> prices.of(paid.askedFor())).orElseThrow(() ->
                new IllegalStateException("no price for model '" + paid.askedFor() + "'; add it to policies/pricing.yaml"));
        return price.cost(usage.promptTokens(), usage.cachedPromptTokens(), usage.completionTokens());
    }

    /**
     * An answer that was paid for.
     *
     * @param result   the answer, with the model the provider reports
     * @param askedFor the model Triage asked for, whose price applies when the reported one has none
     */
    public record Paid(ChatResult result, String askedFor) {
    }

    private BigDecimal baselineOf(Usage usage) {
        // The baseline model would not have had this provider's prompt cache: full input price.
        return prices.baselinePrice().cost(usage.promptTokens(), 0, usage.completionTokens());
    }
}

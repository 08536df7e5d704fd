package io.triage.accounting;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * The prices of every model, in one currency, and the baseline model every request is compared
 * with. A model a provider reports under a dated name ({@code gpt-4o-mini-2024-07-18}) gets the
 * price of the longest priced name it starts with.
 *
 * @param currency the currency of every price
 * @param baseline the model whose price makes the baseline ("everything sent to the large model")
 * @param prices   price per model name
 */
public record PriceList(Currency currency, String baseline, Map<String, Price> prices) {

    public PriceList {
        prices = Map.copyOf(prices);
        if (!prices.containsKey(baseline)) {
            throw new IllegalArgumentException("the baseline model '" + baseline + "' has no price");
        }
    }

    /** The model's price, by exact name or by the longest priced prefix of it. */
    public Optional<Price> of(String model) {
        return find(prices, model);
    }

    /** The price of {@code model} in {@code prices}, by exact name or by the longest priced prefix of it. */
    public static Optional<Price> find(Map<String, Price> prices, String model) {
        Price exact = prices.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        // a loop, not a stream: this runs for every answer of a model priced under a shorter name
        Map.Entry<String, Price> longest = null;
        for (Map.Entry<String, Price> entry : prices.entrySet()) {
            if (model.startsWith(entry.getKey()) && (longest == null || entry.getKey().length() > longest.getKey().length())) {
                longest = entry;
            }
        }
        return longest == null ? Optional.empty() : Optional.of(longest.getValue());
    }

    public Price baselinePrice() {
        return prices.get(baseline);
    }
}

package io.triage.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.triage.accounting.Price;
import io.triage.accounting.PriceList;
import io.triage.route.RuleException;
import io.triage.backend.Tier;
import io.triage.route.YamlFiles;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code policies/pricing.yaml} and checks that every model a backend serves has a price. A
 * local-tier model without one takes the file's {@code local_default} (the machine's cost, which
 * does not depend on the model's name), with a warning naming it; a remote model without one
 * stops the start-up, since a cost silently taken as zero is a wrong bill.
 */
final class PricingPolicy {

    private static final Logger LOG = Logger.getLogger(PricingPolicy.class);

    private PricingPolicy() {
    }

    /**
     * @param served          every model name the backends serve
     * @param defaultBaseline the baseline when the file names none (the remote backend's model)
     */
    static PriceList load(Path file, Map<String, Tier> served, String defaultBaseline) {
        if (!Files.exists(file)) {
            throw new RuleException(file + ": missing; every model needs a price (see README, Cost accounting)");
        }
        JsonNode root = YamlFiles.read(file);
        YamlFiles.version(root, file, 1);
        PolicyNode top = new PolicyNode(file, "", root).allow(Set.of("version", "currency", "baseline", "models",
                "local_default"));
        Currency currency = currency(top);
        PolicyNode models = new PolicyNode(file, "models", root.get("models"));
        Map<String, Price> prices = new HashMap<>();
        for (String model : models.keys()) {
            prices.put(model, price(models.child(model)));
        }
        Price localDefault = top.has("local_default") ? price(top.child("local_default")) : null;
        served.forEach((model, tier) -> {
            if (PriceList.find(prices, model).isPresent()) {
                return;
            }
            if (tier != Tier.LOCAL || localDefault == null) {
                throw models.error(null, "no price for model '" + model + "', which a backend serves; add it under "
                        + "models (or, for a local model, give a local_default)");
            }
            LOG.warnf("%s: local model '%s' has no price of its own: priced with local_default", file, model);
            prices.put(model, localDefault);
        });
        String baseline = top.text("baseline", defaultBaseline, null);
        if (!prices.containsKey(baseline)) {
            throw top.error("baseline", "model '" + baseline + "' has no price under models");
        }
        return new PriceList(currency, baseline, prices);
    }

    private static Currency currency(PolicyNode top) {
        String code = top.text("currency", "USD", null);
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw top.error("currency", "bad value '" + code + "': an ISO 4217 code such as USD or EUR");
        }
    }

    private static Price price(PolicyNode model) {
        if (model.has("hardware")) {
            model.allow(Set.of("hardware"));
            PolicyNode hardware = model.child("hardware").allow(Set.of("per_hour", "input_tokens_per_second",
                    "output_tokens_per_second"));
            return Price.ofHardware(hardware.amount("per_hour", true), hardware.amount("input_tokens_per_second", false),
                    hardware.amount("output_tokens_per_second", false));
        }
        model.allow(Set.of("input", "cached_input", "output"));
        var input = model.amount("input", true);
        return new Price(input, model.has("cached_input") ? model.amount("cached_input", true) : input,
                model.amount("output", true));
    }
}

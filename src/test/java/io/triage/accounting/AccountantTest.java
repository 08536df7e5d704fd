package io.triage.accounting;

import io.triage.accounting.Accountant.Paid;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.FinishReason;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.Usage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccountantTest {

    private static final PriceList PRICES = new PriceList(Currency.getInstance("USD"), "gpt-4o", Map.of(
            "gpt-4o", new Price(new BigDecimal("2.50"), new BigDecimal("1.25"), new BigDecimal("10.00")),
            "gpt-4o-mini", new Price(new BigDecimal("0.15"), new BigDecimal("0.075"), new BigDecimal("0.60")),
            "qwen", Price.ofHardware(new BigDecimal("0.36"), new BigDecimal("1000"), new BigDecimal("100"))));
    private static final ChatRequest REQUEST = ChatRequest.of("auto", List.of(Message.of(Role.USER, "Say hello to the team.")));

    private final Accountant accountant = new Accountant(PRICES, new TokenCounter());

    @Test
    void hardwarePrice_isTheHourlyCostOverTheTokensOfAnHour() {
        Price local = PRICES.of("qwen").orElseThrow();
        assertThat(local.input()).isEqualByComparingTo("0.1");
        assertThat(local.output()).isEqualByComparingTo("1");
        assertThat(local.cachedInput()).isEqualByComparingTo("0");
    }

    @Test
    void datedModelNames_getThePriceOfTheirLongestPricedPrefix() {
        assertThat(PRICES.of("gpt-4o-mini-2024-07-18")).contains(PRICES.prices().get("gpt-4o-mini"));
        assertThat(PRICES.of("gpt-4o-2024-08-06")).contains(PRICES.prices().get("gpt-4o"));
        assertThat(PRICES.of("llama3")).isEmpty();
    }

    @Test
    void charge_pricesCachedInputAtItsOwnRate_andSavedIsBaselineMinusCost() {
        Charge charge = accountant.charge(REQUEST, paid("gpt-4o-mini", new Usage(1_000, 200, 400)), List.of());
        // 600 x 0.15 + 400 x 0.075 + 200 x 0.60 = 90 + 30 + 120 = 240 per million
        assertThat(charge.cost()).isEqualByComparingTo("0.00024");
        // baseline: 1000 x 2.50 + 200 x 10.00 = 4500 per million, no provider cache assumed
        assertThat(charge.baseline()).isEqualByComparingTo("0.0045");
        assertThat(charge.saved()).isEqualByComparingTo("0.00426");
        assertThat(charge.counted()).isFalse();
    }

    @Test
    void answerWithoutReportedUsage_isCounted_neverFree() {
        Charge charge = accountant.charge(REQUEST, paid("gpt-4o-mini", Usage.ZERO), List.of());
        assertThat(charge.counted()).isTrue();
        assertThat(charge.answerUsage().promptTokens()).isBetween(8, 20);
        assertThat(charge.answerUsage().completionTokens()).isBetween(3, 8);
        assertThat(charge.cost()).isPositive();
    }

    @Test
    void modelReportedUnderAnUnpricedName_isPricedAsTheModelAskedFor() {
        Charge charge = accountant.charge(REQUEST, new Paid(answer("qwen2.5:0.5b", new Usage(100, 10)), "qwen"), List.of());
        assertThat(charge.cost()).isEqualByComparingTo("0.00002");
    }

    @Test
    void cascade_paysForTheRejectedAnswerToo() {
        Charge charge = accountant.charge(REQUEST, paid("gpt-4o", new Usage(100, 10)),
                List.of(paid("qwen", new Usage(100, 10))));
        assertThat(charge.cost()).isEqualByComparingTo("0.00037");
        assertThat(charge.usage().promptTokens()).isEqualTo(200);
        assertThat(charge.saved()).isEqualByComparingTo("-0.00002");
    }

    @Test
    void cacheHit_costsNothing_andSavesTheBaseline() {
        Charge charge = accountant.cacheHit(answer("gpt-4o-mini", new Usage(100, 10)));
        assertThat(charge.cost()).isZero();
        assertThat(charge.saved()).isEqualByComparingTo("0.00035");
    }

    private static Paid paid(String model, Usage usage) {
        return new Paid(answer(model, usage), model);
    }

    private static ChatResult answer(String model, Usage usage) {
        return new ChatResult(model, "Hello, team!", List.of(), FinishReason.STOP, usage);
    }
}

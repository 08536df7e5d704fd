package io.triage.accounting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A model's prices per million tokens.
 *
 * @param input       per million input tokens
 * @param cachedInput per million input tokens served from the provider's prompt cache
 * @param output      per million output tokens
 */
public record Price(BigDecimal input, BigDecimal cachedInput, BigDecimal output) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600);
    /** Amounts are kept to ten decimals: a millionth of a cent is still exact. */
    static final int SCALE = 10;

    public Price {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(cachedInput, "cachedInput");
        Objects.requireNonNull(output, "output");
    }

    /**
     * The price of a model run on one's own hardware: what the machine costs per hour divided by
     * the tokens it processes per hour (prompt tokens are read much faster than answers are
     * written, so each has its own throughput). A cached prompt costs nothing more.
     */
    public static Price ofHardware(BigDecimal perHour, BigDecimal inputTokensPerSecond, BigDecimal outputTokensPerSecond) {
        return new Price(perMillion(perHour, inputTokensPerSecond), BigDecimal.ZERO, perMillion(perHour, outputTokensPerSecond));
    }

    private static BigDecimal perMillion(BigDecimal perHour, BigDecimal tokensPerSecond) {
        return perHour.multiply(MILLION).divide(tokensPerSecond.multiply(SECONDS_PER_HOUR), MathContext.DECIMAL64)
                .setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** What these tokens cost. */
    public BigDecimal cost(int promptTokens, int cachedTokens, int completionTokens) {
        int cached = Math.min(cachedTokens, promptTokens);
        BigDecimal perMillion = input.multiply(BigDecimal.valueOf(promptTokens - cached))
                .add(cachedInput.multiply(BigDecimal.valueOf(cached)))
                .add(output.multiply(BigDecimal.valueOf(completionTokens)));
        return perMillion.divide(MILLION, SCALE, RoundingMode.HALF_EVEN);
    }
}

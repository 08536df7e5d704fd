package io.triage.accounting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The ledger's record of one request.
 *
 * @param id               unique id of the record
 * @param at               when the request arrived
 * @param tenant           the tenant
 * @param keyId            the id of the API key used, or {@code open} when the gateway runs open
 * @param route            the route that answered (or the decided route when none did)
 * @param tier             {@code local} or {@code remote}
 * @param backend          the backend that answered
 * @param model            the model that answered
 * @param task             the task the classifier found, or {@code explicit}
 * @param promptTokens     input tokens, over every attempt that consumed tokens
 * @param cachedTokens     input tokens the provider served from its prompt cache
 * @param completionTokens output tokens, over every attempt that consumed tokens
 * @param cost             what the request cost, every attempt included
 * @param baseline         what it would have cost on the baseline model
 * @param saved            baseline minus cost (negative when routing cost more)
 * @param currency         the currency of the three amounts (ISO 4217)
 * @param latencyMillis    time from request to last byte
 * @param ttftMillis       time to first token for streams, or null
 * @param cache            {@code hit}, {@code semantic} or {@code miss}
 * @param fallbackFrom     the route decided first when another answered, or null
 * @param attempts         how many backend attempts were made (0 for a cache hit)
 * @param status           the HTTP status returned
 * @param usageCounted     true when Triage counted tokens itself because the backend reported none
 * @param overheadMillis   time not spent waiting on a backend (latency minus model time), or null when unknown
 */
public record UsageRecord(UUID id, Instant at, String tenant, String keyId, String route, String tier, String backend,
                          String model, String task, int promptTokens, int cachedTokens, int completionTokens,
                          BigDecimal cost, BigDecimal baseline, BigDecimal saved, String currency, long latencyMillis,
                          Long ttftMillis, String cache, String fallbackFrom, int attempts, int status,
                          boolean usageCounted, Long overheadMillis) {

    public UsageRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(saved, "saved");
    }
}

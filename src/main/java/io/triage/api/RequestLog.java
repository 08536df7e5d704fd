package io.triage.api;

import io.triage.accounting.Caller;
import io.triage.accounting.Charge;
import io.triage.accounting.RecentRequests;
import io.triage.accounting.UsageRecord;
import io.triage.config.Accounting;
import io.triage.route.Decision;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes down one finished request: its ledger record, its tenant's spending, its metrics and its
 * place among the recent decisions. Runs after the response was written; the ledger keeps the
 * record durable without waiting on the database.
 */
final class RequestLog {

    private final Accounting accounting;

    RequestLog(Accounting accounting) {
        this.accounting = accounting;
    }

    /** A random (version 4) id for a ledger record, without SecureRandom's shared lock. */
    private static UUID newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    /** Formats an amount for the {@code x-triage-cost} and {@code x-triage-saved} headers. */
    static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * @param served where the answer came from (the decision's own route when nothing answered)
     * @param timing when the request started, its first token, and time spent on backends
     */
    void write(Instant at, Caller caller, Decision decision, Served served, Charge charge, Timing timing, int status) {
        long latencyNanos = System.nanoTime() - timing.startNanos();
        long overheadNanos = Math.max(0, latencyNanos - timing.modelNanos());
        String fallbackFrom = served.route().equals(decision.route().name()) ? null : decision.route().name();
        UsageRecord record = new UsageRecord(newId(), at, caller.tenant().id(), caller.keyId(), served.route(),
                served.tier(), served.backend(), served.model(), decision.taskName(), charge.usage().promptTokens(),
                charge.usage().cachedPromptTokens(), charge.usage().completionTokens(), charge.cost(), charge.baseline(),
                charge.saved(), accounting.currency(), latencyNanos / 1_000_000,
                timing.firstTokenNanos() == 0 ? null : (timing.firstTokenNanos() - timing.startNanos()) / 1_000_000,
                served.cache(), fallbackFrom, served.attempts(), status, charge.counted(), overheadNanos / 1_000_000);
        accounting.ledger().record(record);
        accounting.budgets().add(record.tenant(), record.cost());
        accounting.metrics().record(record, Duration.ofNanos(decision.classifierNanos()),
                Duration.ofNanos(overheadNanos));
        accounting.recent().add(new RecentRequests.Entry(record, decision.rule(), decision.reasons(),
                decision.classification().map(c -> c.confidence()).orElse(null),
                decision.classification().map(c -> c.complexity()).orElse(null), decision.pii()));
    }

    /**
     * Where an answer came from.
     *
     * @param route    the route that answered
     * @param tier     its tier
     * @param backend  its backend
     * @param model    the model that answered
     * @param cache    hit, semantic or miss
     * @param attempts backend attempts made
     */
    record Served(String route, String tier, String backend, String model, String cache, int attempts) {
    }

    /**
     * When things happened, in {@link System#nanoTime()}.
     *
     * @param startNanos      the request arrived
     * @param firstTokenNanos the first text reached the client (streams), or 0
     * @param modelNanos      time spent waiting on backends
     */
    record Timing(long startNanos, long firstTokenNanos, long modelNanos) {
    }
}

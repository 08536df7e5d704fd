package io.triage.accounting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/** Usage records for ledger tests: one fixed, or many random from a seed (amounts with 10 decimals). */
final class UsageRecords {

    static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
    private static final List<String> TENANTS = List.of("acme", "globex", "initech");
    private static final List<String> ROUTES = List.of("local-chat", "remote-code", "remote-reasoning");
    private static final List<String> MODELS = List.of("qwen2.5-1.5b", "gpt-4.1-mini", "claude-sonnet");
    private static final List<String> TASKS = List.of("chat", "code", "summarize");

    private UsageRecords() {
    }

    /** A record with every field set but the nullable ones, at {@code at}. */
    static UsageRecord one(String tenant, Instant at, String cost) {
        BigDecimal amount = new BigDecimal(cost);
        BigDecimal baseline = amount.multiply(BigDecimal.valueOf(3));
        return new UsageRecord(UUID.randomUUID(), at, tenant, "key-1", "local-chat", "local", "llama",
                "qwen2.5-1.5b", null, 120, 20, 45, amount, baseline, baseline.subtract(amount), "USD", 830L, null,
                "miss", null, 1, 200, false, 12L);
    }

    /** {@code count} random records over the 10 days from {@link #START}, from a seeded random. */
    static List<UsageRecord> random(long seed, int count) {
        Random random = new Random(seed);
        List<UsageRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(random(random));
        }
        return records;
    }

    static Stream<UsageRecord> within(List<UsageRecord> records, Instant from, Instant to) {
        return records.stream().filter(r -> !r.at().isBefore(from) && r.at().isBefore(to));
    }

    private static UsageRecord random(Random random) {
        Instant at = START.plus(Duration.ofSeconds(random.nextInt(10 * 24 * 3600)))
                .plusNanos(random.nextInt(1_000_000) * 1000L).truncatedTo(ChronoUnit.MICROS);
        BigDecimal cost = money(random);
        BigDecimal baseline = cost.add(money(random));
        boolean remote = random.nextBoolean();
        return new Picker(random).record(at, remote, cost, baseline);
    }

    private static BigDecimal money(Random random) {
        // up to 2 integer digits and exactly 10 decimals: the column's precision
        return BigDecimal.valueOf(random.nextLong(100_0000000000L), 10);
    }

    /** Picks the categorical fields; the id comes from the same random, so a seed gives the same ids. */
    private record Picker(Random random) {
        UsageRecord record(Instant at, boolean remote, BigDecimal cost, BigDecimal baseline) {
            String task = random.nextInt(5) == 0 ? null : pick(TASKS);
            return new UsageRecord(new UUID(random.nextLong(), random.nextLong()), at, pick(TENANTS),
                    "key-" + random.nextInt(3), pick(ROUTES), remote ? "remote" : "local",
                    remote ? "openai" : "llama", pick(MODELS), task, random.nextInt(4000), random.nextInt(100),
                    random.nextInt(2000), cost, baseline, baseline.subtract(cost), "USD", random.nextInt(20_000),
                    random.nextBoolean() ? null : (long) random.nextInt(2000), random.nextBoolean() ? "miss" : "hit",
                    random.nextInt(10) == 0 ? "local-chat" : null, random.nextInt(3), 200, random.nextBoolean(),
                    random.nextBoolean() ? null : (long) random.nextInt(50));
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}

package io.triage.accounting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** What every {@link JdbcLedger} database must do; subclasses say which database. */
abstract class LedgerContractTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC);
    static final Instant FROM = UsageRecords.START;
    static final Instant TO = FROM.plus(Duration.ofDays(30));

    @TempDir
    Path walDir;
    LedgerSettings settings;
    private final List<JdbcLedger> opened = new ArrayList<>();

    /** Settings for a fresh, empty database, with the write-ahead log in {@code walDir}. */
    abstract LedgerSettings freshDatabase(Path walDir);

    @BeforeEach
    void freshSettings() {
        settings = freshDatabase(walDir);
    }

    @AfterEach
    void closeLedgers() {
        opened.forEach(JdbcLedger::close);
    }

    JdbcLedger open(LedgerSettings with) {
        JdbcLedger ledger = JdbcLedger.open(with, CLOCK);
        opened.add(ledger);
        return ledger;
    }

    /** Settings whose writer would not write for an hour unless asked to. */
    LedgerSettings idleWriter() {
        return settings.withBatching(100_000, Duration.ofHours(1));
    }

    @Test
    void record_whenFlushed_roundTripsEveryField() {
        List<UsageRecord> records = UsageRecords.random(7, 50);
        JdbcLedger ledger = open(settings);
        records.forEach(ledger::record);

        ledger.flush();

        assertThat(LedgerRows.all(settings)).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void totals_byEveryGroupBy_sumToTheGrandTotalExactly() {
        List<UsageRecord> records = UsageRecords.random(42, 200);
        JdbcLedger ledger = open(settings);
        records.forEach(ledger::record);
        BigDecimal expectedCost = records.stream().map(UsageRecord::cost).reduce(BigDecimal.ZERO, BigDecimal::add);

        for (GroupBy groupBy : GroupBy.values()) {
            List<UsageTotals> totals = ledger.totals(groupBy, FROM, TO);
            UsageTotals total = totals.getLast();
            List<UsageTotals> groups = totals.subList(0, totals.size() - 1);

            assertThat(total.key()).isEqualTo("total");
            assertThat(total.requests()).isEqualTo(200);
            assertThat(total.cost()).isEqualByComparingTo(expectedCost);
            assertThat(groups).extracting(UsageTotals::key).isSorted().doesNotContainNull();
            assertThat(groups.stream().mapToLong(UsageTotals::requests).sum()).isEqualTo(total.requests());
            assertThat(groups.stream().mapToLong(UsageTotals::promptTokens).sum()).isEqualTo(total.promptTokens());
            assertThat(sum(groups, UsageTotals::cost)).isEqualByComparingTo(total.cost());
            assertThat(sum(groups, UsageTotals::baseline)).isEqualByComparingTo(total.baseline());
            assertThat(sum(groups, UsageTotals::saved)).isEqualByComparingTo(total.saved());
        }
    }

    @Test
    void totals_byTask_groupsRecordsWithoutTaskUnderNone() {
        List<UsageRecord> records = UsageRecords.random(3, 100);
        JdbcLedger ledger = open(settings);
        records.forEach(ledger::record);

        List<UsageTotals> totals = ledger.totals(GroupBy.TASK, FROM, TO);

        long withoutTask = records.stream().filter(r -> r.task() == null).count();
        assertThat(withoutTask).isPositive();
        assertThat(totals).filteredOn(t -> t.key().equals("none")).singleElement()
                .extracting(UsageTotals::requests).isEqualTo(withoutTask);
    }

    @Test
    void totals_whenRangeGiven_includesFromAndExcludesTo() {
        Instant from = FROM.plus(Duration.ofDays(1));
        Instant to = from.plus(Duration.ofHours(1));
        JdbcLedger ledger = open(settings);
        ledger.record(UsageRecords.one("acme", from.minusNanos(1000), "1"));
        ledger.record(UsageRecords.one("acme", from, "2"));
        ledger.record(UsageRecords.one("acme", to.minusNanos(1000), "4"));
        ledger.record(UsageRecords.one("acme", to, "8"));

        UsageTotals total = ledger.totals(GroupBy.TENANT, from, to).getLast();

        assertThat(total.requests()).isEqualTo(2);
        assertThat(total.cost()).isEqualByComparingTo("6");
    }

    @Test
    void series_byTenant_sumsEachMinuteBucketPerGroup_withCacheHitsAndFallbacks() {
        JdbcLedger ledger = open(settings);
        ledger.record(UsageRecords.one("acme", FROM.plusSeconds(10), "1"));
        ledger.record(served(UsageRecords.one("acme", FROM.plusSeconds(59), "2"), "hit", null));
        ledger.record(served(UsageRecords.one("globex", FROM.plusSeconds(60), "4"), "miss", "local-chat"));
        ledger.record(UsageRecords.one("acme", FROM.plusSeconds(200), "8"));

        List<SeriesPoint> points = ledger.series(GroupBy.TENANT, FROM, FROM.plusSeconds(180), 60);

        assertThat(points).extracting(SeriesPoint::start, SeriesPoint::key, SeriesPoint::requests,
                        SeriesPoint::cacheHits, SeriesPoint::fallbacks)
                .containsExactly(tuple(FROM, "acme", 2L, 1L, 0L), tuple(FROM.plusSeconds(60), "globex", 1L, 0L, 1L));
        assertThat(points.getFirst().cost()).isEqualByComparingTo("3");
        assertThat(points.getFirst().saved()).isEqualByComparingTo("6");
    }

    @Test
    void series_overRandomRecords_addsUpToTheTotalsOfEachGroup() {
        List<UsageRecord> records = UsageRecords.random(23, 150);
        JdbcLedger ledger = open(settings);
        records.forEach(ledger::record);

        List<SeriesPoint> points = ledger.series(GroupBy.ROUTE, FROM, TO, 3600);

        for (UsageTotals group : ledger.totals(GroupBy.ROUTE, FROM, TO)) {
            List<SeriesPoint> ofGroup = points.stream().filter(p -> p.key().equals(group.key())).toList();
            if (!group.key().equals("total")) {
                assertThat(ofGroup.stream().mapToLong(SeriesPoint::requests).sum()).isEqualTo(group.requests());
                assertThat(ofGroup.stream().map(SeriesPoint::cost).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(group.cost());
            }
        }
        assertThat(points).extracting(SeriesPoint::start).isSorted()
                .allSatisfy(start -> assertThat(start.getEpochSecond() % 3600).isZero());
    }

    @Test
    void latency_givesInterpolatedPercentiles_andNullsWhenNoRecordHasTheTiming() {
        JdbcLedger ledger = open(settings);
        for (int i = 1; i <= 100; i++) {
            ledger.record(timed(UsageRecords.one("acme", FROM.plusSeconds(i), "1"), i, i * 2L));
        }

        LatencyPercentiles latency = ledger.latency(FROM, TO);

        assertThat(latency.requests()).isEqualTo(100);
        assertThat(latency.latency().p50()).isCloseTo(50.5, within(1e-9));
        assertThat(latency.latency().p95()).isCloseTo(95.05, within(1e-9));
        assertThat(latency.latency().p99()).isCloseTo(99.01, within(1e-9));
        assertThat(latency.overhead().p50()).isCloseTo(101.0, within(1e-9));
        assertThat(latency.ttft()).isEqualTo(new LatencyPercentiles.Percentiles(0, null, null, null));
    }

    private static UsageRecord served(UsageRecord r, String cache, String fallbackFrom) {
        return new UsageRecord(r.id(), r.at(), r.tenant(), r.keyId(), r.route(), r.tier(), r.backend(), r.model(),
                r.task(), r.promptTokens(), r.cachedTokens(), r.completionTokens(), r.cost(), r.baseline(), r.saved(),
                r.currency(), r.latencyMillis(), r.ttftMillis(), cache, fallbackFrom, r.attempts(), r.status(),
                r.usageCounted(), r.overheadMillis());
    }

    private static UsageRecord timed(UsageRecord r, long latencyMillis, long overheadMillis) {
        return new UsageRecord(r.id(), r.at(), r.tenant(), r.keyId(), r.route(), r.tier(), r.backend(), r.model(),
                r.task(), r.promptTokens(), r.cachedTokens(), r.completionTokens(), r.cost(), r.baseline(), r.saved(),
                r.currency(), latencyMillis, null, r.cache(), r.fallbackFrom(), r.attempts(), r.status(),
                r.usageCounted(), overheadMillis);
    }

    @Test
    void costByTenantSince_sumsCostPerTenantFromThatInstant() {
        Instant since = FROM.plus(Duration.ofDays(2));
        JdbcLedger ledger = open(settings);
        ledger.record(UsageRecords.one("acme", since.minusSeconds(1), "100"));
        ledger.record(UsageRecords.one("acme", since, "0.0000000001"));
        ledger.record(UsageRecords.one("acme", since.plusSeconds(5), "1.25"));
        ledger.record(UsageRecords.one("globex", since.plusSeconds(9), "0.5"));

        Map<String, BigDecimal> costs = ledger.costByTenantSince(since);

        assertThat(costs).containsOnlyKeys("acme", "globex");
        assertThat(costs.get("acme")).isEqualByComparingTo("1.2500000001");
        assertThat(costs.get("globex")).isEqualByComparingTo("0.5");
    }

    @Test
    void open_afterAKill_hasEveryRecordExactlyOnce() {
        List<UsageRecord> records = UsageRecords.random(11, 120);
        JdbcLedger killed = open(idleWriter());
        records.forEach(killed::record);

        killed.halt();
        assertThat(LedgerRows.all(settings)).isEmpty();
        open(settings);

        assertThat(LedgerRows.all(settings)).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void open_whenTheLogStillHoldsCommittedRecords_doesNotDuplicateThem() {
        List<UsageRecord> committed = UsageRecords.random(5, 30);
        List<UsageRecord> uncommitted = UsageRecords.random(6, 10);
        try (JdbcLedger first = JdbcLedger.open(settings, CLOCK)) {
            committed.forEach(first::record);
            first.flush();
        }
        // as if the process died between a commit and the truncation of the log
        try (WriteAheadLog log = WriteAheadLog.open(settings.walDir(), false)) {
            committed.forEach(log::append);
            uncommitted.forEach(log::append);
        }

        open(settings);

        List<UsageRecord> rows = LedgerRows.all(settings);
        assertThat(rows).hasSize(40).extracting(UsageRecord::id).doesNotHaveDuplicates();
        assertThat(rows).containsAll(committed).containsAll(uncommitted);
    }

    @Test
    void close_withRecordsPending_writesThem() {
        List<UsageRecord> records = UsageRecords.random(9, 25);
        JdbcLedger ledger = JdbcLedger.open(idleWriter(), CLOCK);
        records.forEach(ledger::record);

        ledger.close();

        assertThat(LedgerRows.all(settings)).extracting(UsageRecord::id)
                .containsExactlyInAnyOrderElementsOf(records.stream().map(UsageRecord::id).toList());
    }

    @Test
    void open_twiceOnOneDatabase_migratesOnce() {
        open(settings).close();
        JdbcLedger again = open(settings);
        UsageRecord record = UsageRecords.one("acme", FROM, "1");
        again.record(record);

        again.flush();

        assertThat(LedgerRows.all(settings)).extracting(UsageRecord::id).containsExactly(record.id());
    }

    @Test
    void record_whenTextIsLongerThanItsColumn_isCutToFitRatherThanBlockingTheLedger() {
        UsageRecord fits = UsageRecords.one("acme", FROM, "1");
        UsageRecord tooLong = withTenantAndCurrency(UsageRecords.one("x".repeat(300), FROM, "2"), "EURO");
        JdbcLedger ledger = open(settings);
        ledger.record(tooLong);
        ledger.record(fits);

        ledger.flush();

        assertThat(LedgerRows.all(settings)).extracting(UsageRecord::tenant, UsageRecord::currency)
                .containsExactlyInAnyOrder(tuple("acme", "USD"), tuple("x".repeat(200), "EUR"));
    }

    private static UsageRecord withTenantAndCurrency(UsageRecord r, String currency) {
        return new UsageRecord(r.id(), r.at(), r.tenant(), r.keyId(), r.route(), r.tier(), r.backend(), r.model(),
                r.task(), r.promptTokens(), r.cachedTokens(), r.completionTokens(), r.cost(), r.baseline(), r.saved(),
                currency, r.latencyMillis(), r.ttftMillis(), r.cache(), r.fallbackFrom(), r.attempts(), r.status(),
                r.usageCounted(), r.overheadMillis());
    }

    static BigDecimal sum(List<UsageTotals> totals, Function<UsageTotals, BigDecimal> amount) {
        return totals.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package io.triage.accounting;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link JdbcLedger} on an H2 file, the gateway's default, plus what does not depend on the database. */
class H2LedgerTest extends LedgerContractTest {

    @Override
    LedgerSettings freshDatabase(Path walDir) {
        return LedgerSettings.of("jdbc:h2:file:" + walDir.resolve("db/ledger") + ";AUTO_SERVER=FALSE", "", "",
                walDir.resolve("wal"));
    }

    @Test
    void open_whenTheLastLogLineIsTorn_keepsTheWholeLines() throws IOException {
        List<UsageRecord> records = UsageRecords.random(13, 5);
        JdbcLedger killed = open(idleWriter());
        records.forEach(killed::record);
        killed.halt();
        Path segment = segments().getFirst();
        Files.writeString(segment, "{\"id\":\"6f1c", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        open(settings);

        assertThat(LedgerRows.all(settings)).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void open_whenTheLogHoldsARecordWrittenBeforeOverheadWasKept_replaysItWithoutOverhead() throws IOException {
        UsageRecord record = UsageRecords.one("acme", FROM, "1");
        try (WriteAheadLog log = WriteAheadLog.open(settings.walDir(), false)) {
            log.append(record);
        }
        Path segment = segments().getFirst();
        String older = Files.readString(segment).replaceAll(",\"overheadMillis\":\\d+", "");
        assertThat(older).contains("\"usageCounted\"").doesNotContain("overheadMillis");
        Files.writeString(segment, older);

        open(settings);

        assertThat(LedgerRows.all(settings)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(record.id());
            assertThat(row.overheadMillis()).isNull();
        });
    }

    @Test
    void flush_whenEverythingIsCommitted_leavesTheLogEmpty() throws IOException {
        JdbcLedger ledger = open(settings);
        UsageRecords.random(17, 40).forEach(ledger::record);

        ledger.flush();

        assertThat(segments()).isNotEmpty();
        for (Path segment : segments()) {
            assertThat(Files.size(segment)).isZero();
        }
    }

    @Test
    void record_fromManyVirtualThreads_keepsEveryRecordOnce() throws Exception {
        List<UsageRecord> records = UsageRecords.random(19, 2_000);
        JdbcLedger ledger = open(settings.withBatching(50, Duration.ofMillis(20)));

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            records.forEach(r -> threads.submit(() -> ledger.record(r)));
        }
        ledger.flush();

        assertThat(LedgerRows.all(settings)).hasSize(2_000).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void open_startsOneDaemonWriterThreadNamedForTheLedger() {
        open(settings);

        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().equals("triage-ledger-writer") && t.isAlive())
                .isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.isDaemon()).isTrue();
                    assertThat(t.isVirtual()).isFalse();
                });
    }

    @Test
    void close_calledTwice_closesOnceAndRefusesNewRecords() {
        JdbcLedger ledger = open(settings);
        ledger.record(UsageRecords.one("acme", FROM, "1"));

        ledger.close();
        ledger.close();

        assertThat(LedgerRows.all(settings)).hasSize(1);
        assertThatThrownBy(() -> ledger.record(UsageRecords.one("acme", FROM, "1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void status_afterACommit_reportsTheClockTimeAndNothingPending() {
        JdbcLedger ledger = open(settings);
        ledger.record(UsageRecords.one("acme", FROM, "1"));

        ledger.flush();

        assertThat(ledger.status()).isEqualTo(new LedgerStatus(0, CLOCK.instant(), null));
    }

    @Test
    void open_whenTheDatabaseUrlIsNotSupported_namesTheUrl() {
        assertThatThrownBy(() -> LedgerSettings.of("jdbc:mysql://db/ledger", "", "", walDir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://db/ledger");
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(settings.walDir())) {
            return files.filter(f -> f.toString().endsWith(".wal")).sorted().toList();
        }
    }
}

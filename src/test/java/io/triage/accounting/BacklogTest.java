package io.triage.accounting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BacklogTest {

    private static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");

    @TempDir
    Path dir;
    private WriteAheadLog log;

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void committed_whenTheSegmentOutgrowsItsLimitUnderLoad_rollsOverAndDeletesItOnceCommitted() throws IOException {
        log = WriteAheadLog.open(dir, false);
        Backlog backlog = new Backlog(log, 1);
        UsageRecords.random(1, 3).forEach(backlog::add);

        backlog.committed(backlog.take(2).size(), NOW);
        assertThat(segments()).hasSize(2);
        assertThat(Files.readAllLines(segments().getFirst())).hasSize(3);

        backlog.add(UsageRecords.one("acme", NOW, "1"));
        backlog.committed(backlog.take(2).size(), NOW);
        assertThat(segments()).singleElement().satisfies(s -> assertThat(Files.size(s)).isZero());
    }

    @Test
    void leftovers_afterReopen_holdTheUncommittedRecordsInOrder() {
        List<UsageRecord> records = UsageRecords.random(2, 4);
        try (WriteAheadLog first = WriteAheadLog.open(dir, false)) {
            records.forEach(first::append);
        }

        log = WriteAheadLog.open(dir, false);

        assertThat(log.leftovers()).containsExactlyElementsOf(records);
    }

    @Test
    void awaitCommitted_whenTheWriterFailsMeanwhile_throwsItsFailure() throws Exception {
        log = WriteAheadLog.open(dir, false);
        Backlog backlog = new Backlog(log, Long.MAX_VALUE);
        backlog.add(UsageRecords.one("acme", NOW, "1"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                backlog.awaitCommitted(1, Duration.ofSeconds(30));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        awaitWaiting(waiter);

        backlog.failed(new LedgerException("database down", null));
        waiter.join(Duration.ofSeconds(30));

        assertThat(thrown.get()).isInstanceOf(LedgerException.class).hasMessage("database down");
        assertThat(backlog.status().pending()).isEqualTo(1);
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

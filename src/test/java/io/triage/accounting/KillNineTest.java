package io.triage.accounting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code kill -9}: a child JVM records into the ledger, says so, and is killed before its
 * writer runs; the next start finds every record in the database once.
 */
class KillNineTest {

    private static final int RECORDS = 300;
    private static final long SEED = 23;

    @TempDir
    Path dir;

    /** The child: records {@link #RECORDS} records with an idle writer, prints "recorded", waits. */
    public static void main(String[] args) throws InterruptedException {
        LedgerSettings settings = settings(Path.of(args[0])).withBatching(100_000, Duration.ofHours(1));
        Ledger ledger = JdbcLedger.open(settings, Clock.systemUTC());
        UsageRecords.random(SEED, RECORDS).forEach(ledger::record);
        System.out.println("recorded");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5));
    }

    @Test
    void open_afterTheProcessWasKilled_hasEveryRecordedRecordOnce() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"), KillNineTest.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("recorded");
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        try (JdbcLedger restarted = JdbcLedger.open(settings(dir), Clock.systemUTC())) {
            List<UsageRecord> rows = LedgerRows.all(settings(dir));
            assertThat(rows).containsExactlyInAnyOrderElementsOf(UsageRecords.random(SEED, RECORDS));
            assertThat(restarted.status().pending()).isZero();
        }
    }

    private static LedgerSettings settings(Path dir) {
        return LedgerSettings.of("jdbc:h2:file:" + dir.resolve("db/ledger") + ";AUTO_SERVER=FALSE", "", "",
                dir.resolve("wal"));
    }
}

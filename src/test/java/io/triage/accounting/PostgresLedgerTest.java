package io.triage.accounting;

import io.triage.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link JdbcLedger} on a real PostgreSQL started from the Debian binaries: the same migrations and the
 * same contract as on H2. Skipped, with the reason, when PostgreSQL is not installed.
 */
class PostgresLedgerTest extends LedgerContractTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer server;

    @BeforeAll
    static void startPostgres() {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    LedgerSettings freshDatabase(Path walDir) {
        String url = server.createDatabase("ledger_" + DATABASES.incrementAndGet());
        return LedgerSettings.of(url, PostgresServer.USER, "", walDir.resolve("wal"));
    }
}

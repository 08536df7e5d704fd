package io.triage.accounting;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/**
 * The ledger's database, chosen at run time by its JDBC URL: H2 or PostgreSQL, through the driver's
 * own {@link DataSource} (no pool, no container: the ledger holds one connection for writing and opens
 * short-lived ones for queries). Migrations are Flyway's, from {@code classpath:db/ledger}, recorded in
 * their own history table so the ledger can share a database with others.
 */
final class LedgerDatabase {

    static final String MIGRATIONS = "classpath:db/ledger";
    static final String HISTORY_TABLE = "ledger_schema_history";

    private LedgerDatabase() {
    }

    static DataSource dataSource(LedgerSettings settings) {
        if (settings.url().startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(settings.url());
            postgres.setUser(settings.user());
            postgres.setPassword(settings.password());
            return postgres;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password());
        return h2;
    }

    /** Brings the schema up to date; safe to run from several instances at once (Flyway locks). */
    static void migrate(DataSource dataSource) {
        Flyway.configure(LedgerDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                .load()
                .migrate();
    }
}

package io.triage.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server from the Debian binaries under {@code /usr/lib/postgresql/<v>/bin}
 * (the newest version): a fresh data directory under {@code /tmp}, trust authentication for user
 * {@value #USER}, a free port on localhost. As root the binaries run as {@code postgres} through
 * {@code runuser}, since initdb refuses root. Start several for multi-instance tests; {@link #close()}
 * stops the server and deletes its directory. Without the binaries, {@link #start()} skips the test.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "triage";
    static final Path INSTALLS = Path.of("/usr/lib/postgresql");
    static final String MISSING = "PostgreSQL binaries not found under /usr/lib/postgresql; "
            + "install the Debian package postgresql (.ci/run does)";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path home;
    private final int port;
    private final Thread stopAtExit;

    private PostgresServer(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.port = port;
        this.stopAtExit = new Thread(this::stop, "postgres-server-stop");
    }

    /** Starts a server, or skips the calling test when PostgreSQL is not installed. */
    public static PostgresServer start() {
        Optional<Path> bin = binaries();
        Assumptions.assumeTrue(bin.isPresent(), MISSING);
        try {
            Path home = Files.createTempDirectory("triage-pg-");
            PostgresServer server = new PostgresServer(bin.get(), home, Ports.free());
            server.initAndStart();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a PostgreSQL server", e);
        }
    }

    /** The newest {@code /usr/lib/postgresql/<version>/bin} that has initdb, pg_ctl and postgres. */
    public static Optional<Path> binaries() {
        if (!Files.isDirectory(INSTALLS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLS)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Stream.of("initdb", "pg_ctl", "postgres").allMatch(n -> Files.isExecutable(b.resolve(n))))
                    .max(Comparator.comparing(PostgresServer::versionOf));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Creates a database owned by {@value #USER}; returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits, _: " + name);
        }
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on port " + port, e);
        }
        return jdbcUrl(name);
    }

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook runs anyway
        }
        deleteRecursively(home);
    }

    private void initAndStart() throws IOException {
        Path sockets = Files.createDirectories(home.resolve("sockets"));
        if (ROOT) {
            run(List.of("chown", "-R", "postgres", home.toString()));
        }
        run(postgres("initdb", "-D", data(), "-A", "trust", "-U", USER, "-E", "UTF8", "--locale=C"));
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        run(postgres("pg_ctl", "-D", data(), "-l", home.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + sockets + " -c listen_addresses=localhost", "start"));
    }

    private void stop() {
        try {
            run(postgres("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop"));
        } catch (RuntimeException e) {
            System.err.println("stopping PostgreSQL on port " + port + " failed: " + e.getMessage());
        }
    }

    private String data() {
        return home.resolve("data").toString();
    }

    private List<String> postgres(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }

    private void run(List<String> command) {
        try {
            Path output = Files.createTempFile("triage-pg-cmd-", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out: " + String.join(" ", command));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("failed (exit " + process.exitValue() + "): "
                            + String.join(" ", command) + "\n" + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }


    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + root + ": " + e.getMessage());
        }
    }
}

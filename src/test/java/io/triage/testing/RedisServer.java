package io.triage.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway Redis server from the Debian package {@code redis-server} ({@value #BINARY}): a child
 * process on a free localhost port, with nothing saved to disk ({@code --save "" --appendonly no}).
 * {@link #close()} stops it. Without the binary, {@link #start()} skips the calling test.
 * {@link #command} talks to it directly (RESP over a socket), so tests can look at what the
 * gateway stored without going through the code under test.
 */
public final class RedisServer implements AutoCloseable {

    static final String BINARY = "/usr/bin/redis-server";
    static final String MISSING = BINARY + " not found; install the Debian package redis-server (.ci/run does)";

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread stopAtExit;

    private RedisServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.stopAtExit = new Thread(this::stop, "redis-server-stop");
    }

    /** Starts a server and waits until it answers PING, or skips the calling test when Redis is not installed. */
    public static RedisServer start() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(BINARY)), MISSING);
        try {
            int port = Ports.free();
            Path log = Files.createTempFile("triage-redis-", ".log");
            Process process = new ProcessBuilder(BINARY, "--save", "", "--appendonly", "no", "--port", String.valueOf(port),
                    "--bind", "127.0.0.1", "--daemonize", "no").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            RedisServer server = new RedisServer(process, port, log);
            Runtime.getRuntime().addShutdownHook(server.stopAtExit);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server", e);
        }
    }

    /** The URL the gateway's {@code triage.redis.url} takes. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /**
     * Runs one command; the reply as text: a status or bulk string, an integer's digits, null for
     * nil, an array's elements joined by newlines. An error reply throws.
     */
    public String command(String... args) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder("*").append(args.length).append("\r\n");
            for (String arg : args) {
                request.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
            }
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return reply(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Redis on port " + port + " failed " + String.join(" ", args), e);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook runs anyway
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            System.err.println("cannot delete " + log + ": " + e.getMessage());
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if ("PONG".equals(command("PING"))) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for redis-server", e);
            }
        }
        close();
        throw new IllegalStateException("redis-server did not answer PING on port " + port + ":\n" + Files.readString(log));
    }

    private static String reply(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IOException("connection closed without a reply");
        }
        String rest = line.substring(1);
        return switch (line.charAt(0)) {
            case '+', ':' -> rest;
            case '-' -> throw new IllegalStateException("Redis error: " + rest);
            case '$' -> Integer.parseInt(rest) < 0 ? null : in.readLine();
            case '*' -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < Integer.parseInt(rest); i++) {
                    items.add(reply(in));
                }
                yield String.join("\n", items);
            }
            default -> throw new IOException("not a RESP reply: " + line);
        };
    }

}

package io.triage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package}) in a
 * child JVM of its own, on a free port, configured by system properties; its output goes to
 * {@code target/<name>.log}. For tests that need several instances at once.
 */
public final class GatewayProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private GatewayProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with these properties (plus the port) and waits until {@code /q/health/ready} answers 200. */
    public static GatewayProcess start(String name, Map<String, String> properties) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run this test with `./mvnw verify` (package builds it)");
        }
        try {
            int port = Ports.free();
            Path log = Path.of("target", name + ".log");
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED", "-Dquarkus.http.port=" + port));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", JAR.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            GatewayProcess gateway = new GatewayProcess(name, process, port, log);
            gateway.awaitReady();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start gateway " + name, e);
        }
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    /** Stops the gateway as an orchestrator would (SIGTERM), so it shuts down cleanly, and waits for it. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void awaitReady() throws IOException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("gateway " + name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        close();
        throw new IllegalStateException("gateway " + name + " was not ready within 180 s:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String java() {
        String home = System.getenv("JAVA_HOME");
        return Path.of(home != null ? home : System.getProperty("java.home"), "bin", "java").toString();
    }

}

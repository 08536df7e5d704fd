package io.triage.config;

import io.triage.backend.Tier;
import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.classify.Classification;
import io.triage.classify.Task;
import io.triage.classify.TokenEstimator;
import io.triage.route.BackendInfo;
import io.triage.route.RequestContext;
import io.triage.route.RouteTable;
import io.triage.route.RouteTableLoader;
import io.triage.route.Router;
import io.triage.route.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RulesWatcherTest {

    private static final String LOCAL_RULES = "version: 1\ndefault_route: local\n";
    private static final String REMOTE_RULES = "version: 1\ndefault_route: remote\n";

    @TempDir
    Path dir;

    private Router router;
    private RuleSetLoader loader;

    private void setUp() throws IOException {
        RouteTable routes = new RouteTableLoader(Set.of("local", "remote")).load(Path.of("policies"));
        loader = new RuleSetLoader(routes.names());
        write(LOCAL_RULES, 0);
        router = new Router(r -> new Classification(Task.MATH, 1, 1, List.of()), new TokenEstimator(), loader.load(dir), routes,
                Map.of("local", new BackendInfo("local", Tier.LOCAL, List.of("s")),
                        "remote", new BackendInfo("remote", Tier.REMOTE, List.of("l"))), Set.of("auto"));
    }

    private void write(String yaml, int secondsLater) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, yaml);
        // Modification times are set explicitly so the test needs no sleeping for the file system's clock.
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(secondsLater)));
    }

    private String routeNow() {
        return router.decide(ChatRequest.of("auto", List.of(Message.of(Role.USER, "x"))), RequestContext.ANONYMOUS).route().name();
    }

    @Test
    void check_whenFileChanges_loadsTheNewRules() throws IOException {
        setUp();
        try (RulesWatcher watcher = new RulesWatcher(dir, loader, router, Duration.ofHours(1))) {
            assertThat(routeNow()).isEqualTo("local");
            assertThat(watcher.check()).isFalse();
            write(REMOTE_RULES, 10);
            assertThat(watcher.check()).isTrue();
            assertThat(routeNow()).isEqualTo("remote");
        }
    }

    @Test
    void check_whenNewRulesAreInvalid_keepsTheOldOnes() throws IOException {
        setUp();
        try (RulesWatcher watcher = new RulesWatcher(dir, loader, router, Duration.ofHours(1))) {
            write("version: 1\ndefault_route: nowhere\n", 10);
            assertThat(watcher.check()).isFalse();
            assertThat(routeNow()).isEqualTo("local");
            write(REMOTE_RULES, 20);
            assertThat(watcher.check()).isTrue();
            assertThat(routeNow()).isEqualTo("remote");
        }
    }
}

package io.triage.config;

import io.triage.route.RuleException;
import io.triage.route.RuleSet;
import io.triage.route.RuleSetLoader;
import io.triage.route.Router;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reloads the routing rules when their files change. A new set that does not validate is logged
 * and ignored: the rules in force stay.
 */
final class RulesWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);

    private final Path dir;
    private final RuleSetLoader loader;
    private final Router router;
    private final ScheduledExecutorService timer;
    private Map<String, FileTime> seen;

    RulesWatcher(Path dir, RuleSetLoader loader, Router router, Duration interval) {
        this.dir = dir;
        this.loader = loader;
        this.router = router;
        this.seen = snapshot();
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("triage-rules-watch").factory());
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reloads now if any rule file was added, removed or modified; returns true when new rules took effect. */
    boolean check() {
        Map<String, FileTime> now = snapshot();
        if (now.equals(seen)) {
            return false;
        }
        seen = now;
        try {
            RuleSet rules = loader.load(dir);
            router.useRules(rules);
            LOG.infof("Reloaded %d routing rules from %s", rules.rules().size(), dir);
            return true;
        } catch (RuleException e) {
            LOG.errorf("Routing rules in %s not reloaded, the previous rules stay in force: %s", dir, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.error("Routing rules not reloaded, the previous rules stay in force", e);
            return false;
        }
    }

    private Map<String, FileTime> snapshot() {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).forEach(f -> {
                try {
                    files.put(f.getFileName().toString() + ":" + Files.size(f), Files.getLastModifiedTime(f));
                } catch (IOException ignored) {
                    // a file removed between listing and reading shows up as missing at the next check
                }
            });
        } catch (IOException e) {
            LOG.warnf("Cannot list routing rules in %s: %s", dir, e.getMessage());
        }
        return files;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

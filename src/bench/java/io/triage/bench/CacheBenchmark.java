package io.triage.bench;

import io.triage.cache.CachePolicy;
import io.triage.cache.ResponseCache;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.FinishReason;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.Sampling;
import io.triage.chat.Usage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What an exact-cache hit costs the gateway: the canonical digest of the request and the Caffeine
 * lookup, for a conversation of about {@code tokens} tokens, with 10,000 other answers cached.
 * Run with {@code bin/bench-cache}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
public class CacheBenchmark {

    private static final Sampling GREEDY = new Sampling(0.0, null, 256, List.of(), null, null, null);

    @Param({"128", "512", "2048"})
    public int tokens;

    private ResponseCache cache;
    private ChatRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        cache = new ResponseCache(CachePolicy.DEFAULT, ResponseCache.inMemory(CachePolicy.DEFAULT, Clock.systemUTC()),
                null, Clock.systemUTC());
        ChatResult answer = new ChatResult("large-remote", "An answer of a few words.", List.of(), FinishReason.STOP,
                new Usage(tokens, 8));
        for (int i = 0; i < 10_000; i++) {
            ChatRequest other = conversation(tokens, "other " + i);
            cache.store(cache.lookup("acme", "remote", "large-remote", other), answer, "remote", "remote", false);
        }
        request = conversation(tokens, "the one");
        cache.store(cache.lookup("acme", "remote", "large-remote", request), answer, "remote", "remote", false);
    }

    /** Latency of one hit on one thread: read p50 and p99 from the sample distribution. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public Object exactHit() {
        ResponseCache.Lookup lookup = cache.lookup("acme", "remote", "large-remote", request);
        if (lookup.status() != ResponseCache.CacheStatus.HIT) {
            throw new IllegalStateException("expected a hit, got " + lookup.status());
        }
        return lookup;
    }

    /** A system prompt and a user turn of about {@code tokens} tokens (four characters a token). */
    private static ChatRequest conversation(int tokens, String tag) {
        StringBuilder text = new StringBuilder("Summarise the following notes (" + tag + "): ");
        while (text.length() < tokens * 4) {
            text.append("the quarterly figures rose while costs held steady in most regions; ");
        }
        List<Message> messages = new ArrayList<>();
        messages.add(Message.of(Role.SYSTEM, "You are a concise assistant for the finance team."));
        messages.add(Message.of(Role.USER, text.toString()));
        return new ChatRequest("remote", messages, GREEDY, null, null, null, null, false, false, null, null);
    }
}

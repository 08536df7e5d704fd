package io.triage.bench;

import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.classify.EmbeddingClassifier;
import io.triage.classify.FeatureExtractor;
import io.triage.classify.TaskClassifier;
import io.triage.classify.TokenEstimator;
import io.triage.classify.embed.CachingEmbedder;
import io.triage.classify.embed.EmbeddingModelChoice;
import io.triage.classify.embed.OnnxEmbedder;
import io.triage.classify.head.ClassifierModel;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The task classifier as the gateway runs it (trained model, ONNX embeddings, one intra-op thread).
 * Every call classifies a prompt not seen before (a cache miss) unless the benchmark says cached.
 * Run with {@code bin/bench-classifier}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class ClassifierBenchmark {

    private static final String[] INSTRUCTIONS = {
        "Summarize the following customer email for the support team:",
        "What is the sentiment of this review?",
        "Translate this paragraph into German:",
        "Extract every date and amount from the text below as JSON.",
        "Rewrite the following in a more formal tone:",
        "Classify this ticket as billing, technical or account:",
    };
    private static final String FILLER = "The order arrived two days late and the box was dented, but the blender "
            + "itself works well and the support agent, Maria, answered within an hour and offered a voucher. ";

    /** Prompt size in estimated tokens. */
    @Param({"32", "128", "512"})
    public int tokens;

    private OnnxEmbedder embedder;
    private TaskClassifier uncached;
    private TaskClassifier cached;
    private List<ChatRequest> prompts;
    private ChatRequest repeated;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() {
        ClassifierModel model = ClassifierModel.read(Path.of("router-rules/classifier/model.json"));
        embedder = new OnnxEmbedder(EmbeddingModelChoice.byId(model.embeddingModel()).orElseThrow(), 1);
        uncached = new EmbeddingClassifier(model, embedder, new FeatureExtractor());
        cached = new EmbeddingClassifier(model, new CachingEmbedder(embedder, 10_000), new FeatureExtractor());
        prompts = prompts(tokens, 4096);
        repeated = prompts.get(0);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        embedder.close();
    }

    /** Latency of one classification of a new prompt, on one thread: read p50 and p99 from the sample distribution. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public Object latency() {
        return uncached.classify(nextPrompt());
    }

    /** Classifications per second of new prompts with two threads (the machine's two cores). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Object throughputTwoThreads() {
        return uncached.classify(nextPrompt());
    }

    /** Latency of a repeated prompt: the embedding comes from the cache. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public Object latencyRepeatedPrompt() {
        return cached.classify(repeated);
    }

    private ChatRequest nextPrompt() {
        return prompts.get(Math.floorMod(next.getAndIncrement(), prompts.size()));
    }

    /** Distinct prompts of about {@code size} estimated tokens: an instruction and a pasted text. */
    static List<ChatRequest> prompts(int size, int count) {
        TokenEstimator estimator = new TokenEstimator();
        List<ChatRequest> prompts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder(INSTRUCTIONS[i % INSTRUCTIONS.length]).append(" (ref ").append(i).append(") ");
            while (estimator.estimate(text.toString()) < size) {
                text.append(FILLER);
            }
            String prompt = trimTo(text.toString(), size, estimator);
            prompts.add(ChatRequest.of("auto", List.of(Message.of(Role.USER, prompt))));
        }
        return prompts;
    }

    private static String trimTo(String text, int size, TokenEstimator estimator) {
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (estimator.estimate(out + word) > size) {
                break;
            }
            out.append(word).append(' ');
        }
        return out.toString().strip();
    }
}

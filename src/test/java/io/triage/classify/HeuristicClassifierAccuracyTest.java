package io.triage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sanity evaluation on a labelled list of requests ({@code classify/heuristic-examples.tsv}):
 * overall accuracy and a floor per task, so that tuning one task cannot quietly ruin another.
 */
class HeuristicClassifierAccuracyTest {

    private static final String EXAMPLES = "/classify/heuristic-examples.tsv";

    private record Example(Task task, String text) {
    }

    private record Outcome(Example example, Classification verdict) {

        boolean right() {
            return verdict.task() == example.task();
        }
    }

    private static List<Outcome> outcomes;

    @BeforeAll
    static void classifyAll() throws IOException {
        HeuristicClassifier classifier = new HeuristicClassifier();
        outcomes = new ArrayList<>();
        for (Example example : examples()) {
            outcomes.add(new Outcome(example, classifier.classify(Requests.user(example.text()))));
        }
    }

    @Test
    void classify_onLabelledExamples_isRightAtLeast85PercentOfTheTime() {
        List<String> wrong = outcomes.stream()
                .filter(outcome -> !outcome.right())
                .map(outcome -> outcome.example().task().wireName() + " taken for "
                        + outcome.verdict().task().wireName() + ": " + outcome.example().text())
                .toList();
        double accuracy = 1 - wrong.size() / (double) outcomes.size();

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(150);
        assertThat(accuracy).as("accuracy; wrong:%n%s", String.join("\n", wrong)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void classify_onLabelledExamples_getsEveryTaskRightAtLeast70PercentOfTheTime() {
        Map<Task, int[]> perTask = new EnumMap<>(Task.class);
        for (Outcome outcome : outcomes) {
            int[] counts = perTask.computeIfAbsent(outcome.example().task(), task -> new int[2]);
            counts[0] += outcome.right() ? 1 : 0;
            counts[1]++;
        }

        assertThat(perTask).hasSize(Task.values().length);
        perTask.forEach((task, counts) -> assertThat(counts[0] / (double) counts[1])
                .as("accuracy on %s (%d of %d)", task.wireName(), counts[0], counts[1])
                .isGreaterThanOrEqualTo(0.7));
    }

    @Test
    void classify_onLabelledExamples_isRightMoreOftenWhenMoreConfident() {
        double confident = accuracy(outcomes.stream().filter(o -> o.verdict().confidence() >= 0.6).toList());
        double unsure = accuracy(outcomes.stream().filter(o -> o.verdict().confidence() < 0.2).toList());

        assertThat(confident).isGreaterThan(unsure);
        assertThat(confident).isGreaterThanOrEqualTo(0.95);
    }

    private static double accuracy(List<Outcome> some) {
        return some.stream().filter(Outcome::right).count() / (double) some.size();
    }

    private static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = HeuristicClassifierAccuracyTest.class.getResourceAsStream(EXAMPLES)) {
            assertThat(in).as(EXAMPLES).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 2);
                Task task = Task.fromWire(fields[0]).orElseThrow(() -> new IllegalStateException(line));
                examples.add(new Example(task, fields[1].replace("\\n", "\n")));
            }
        }
        return examples;
    }
}

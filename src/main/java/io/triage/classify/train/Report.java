package io.triage.classify.train;

import io.triage.classify.Classification;
import io.triage.classify.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The evaluation of a classifier on labelled examples: task metrics and what they cost in routing. */
record Report(Metrics tasks, TierMetrics tiers) {

    static Report of(List<Example> examples, List<Classification> predicted, Path rulesRoot, Path policyDir) {
        Metrics metrics = new Metrics(examples.stream().map(Example::task).toList(),
                predicted.stream().map(Classification::task).toList());
        return new Report(metrics, TierMetrics.of(examples, predicted, rulesRoot, policyDir));
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "task accuracy      %.4f%n", tasks.accuracy()));
        out.append(String.format(Locale.ROOT, "macro-F1 (13)      %.4f%n", tasks.macroF1()));
        out.append(String.format(Locale.ROOT, "tier accuracy      %.4f  (default rules)%n", tiers.tierAccuracy()));
        out.append(String.format(Locale.ROOT, "escalation misses  %d of %d requests (%.2f%%); %.2f%% of the %d remote-tier requests%n",
                tiers.escalationMiss(), tiers.requests(), 100 * tiers.escalationMissRate(),
                tiers.remoteRequests() == 0 ? 0 : 100.0 * tiers.escalationMiss() / tiers.remoteRequests(), tiers.remoteRequests()));
        out.append(String.format(Locale.ROOT, "missed savings     %d of %d requests (%.2f%%); %.2f%% of the %d local-tier requests%n",
                tiers.missedSaving(), tiers.requests(), 100 * tiers.missedSavingRate(),
                tiers.localRequests() == 0 ? 0 : 100.0 * tiers.missedSaving() / tiers.localRequests(), tiers.localRequests()));
        out.append("per-task F1:").append(System.lineSeparator());
        for (Task task : Task.values()) {
            out.append(String.format(Locale.ROOT, "  %-17s %.3f%n", task.wireName(), tasks.f1(task)));
        }
        out.append("confusion (rows true, columns predicted):").append(System.lineSeparator());
        out.append(tasks.confusionTable());
        return out.toString();
    }

    void write(Path file, String embedding, int trainExamples, Map<String, Integer> sources) {
        StringBuilder md = new StringBuilder("# Task classifier: dev-split metrics\n\n");
        md.append("Written by `bin/train-classifier`; reproduce with `bin/eval-classifier`.\n\n");
        md.append("- embedding model: `").append(embedding).append("`\n");
        md.append("- trained on ").append(trainExamples).append(" examples; evaluated on the hand-written dev split ")
                .append("(`corpus/dev/`, never trained or tuned on), ").append(tiers.requests()).append(" requests\n\n");
        md.append("```\n").append(text()).append("```\n\n## Training examples by source\n\n| source | examples |\n|---|---|\n");
        sources.forEach((source, count) -> md.append("| ").append(source).append(" | ").append(count).append(" |\n"));
        try {
            Files.writeString(file, md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

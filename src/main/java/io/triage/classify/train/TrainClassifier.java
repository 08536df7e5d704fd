package io.triage.classify.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triage.classify.Classification;
import io.triage.classify.Task;
import io.triage.classify.TaskFeatures;
import io.triage.classify.embed.EmbeddingModelChoice;
import io.triage.classify.embed.OnnxEmbedder;
import io.triage.classify.head.ClassifierModel;
import io.triage.classify.head.Ensemble;
import io.triage.classify.head.Mlp;
import io.triage.classify.head.MlpTrainer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the task classifier and writes it, with its dev metrics and data sources, into
 * {@code router-rules/classifier/}. Seeded: the same corpus, data and options give the same model.
 *
 * <pre>bin/train-classifier [--embedding=all-minilm-l6-v2-q] [--hidden=256] [--epochs=20] [--l2=0.001]
 *     [--learning-rate=0.001] [--seed=13] [--ensemble=3] [--per-source=400] [--split=false] [--head-words=12] [--tail-words=8]
 *     [--shared=../shared/data] [--out=router-rules/classifier]</pre>
 */
public final class TrainClassifier {

    private TrainClassifier() {
    }

    public static void main(String[] args) {
        Options options = new Options(args);
        Path out = Path.of(options.get("out", "router-rules/classifier"));
        Path corpus = out.resolve("corpus");
        long seed = options.integer("seed", 13);
        int headWords = options.integer("head-words", 12);
        int tailWords = options.integer("tail-words", 8);
        boolean split = Boolean.parseBoolean(options.get("split", "false"));
        EmbeddingModelChoice choice = EmbeddingModelChoice.byId(options.get("embedding", "all-minilm-l6-v2-q"))
                .orElseThrow(() -> new IllegalArgumentException("unknown --embedding; known: "
                        + Arrays.stream(EmbeddingModelChoice.values()).map(EmbeddingModelChoice::id).toList()));

        List<Example> train = new ArrayList<>(Corpus.read(corpus.resolve("train")));
        Path shared = Path.of(options.get("shared", "../shared/data"));
        List<Example> raw = new RawData(shared, corpus.resolve("templates"), seed).examples(options.integer("per-source", 400));
        if (raw.isEmpty()) {
            System.out.println("note: " + shared + " is absent; training on the corpus alone");
        }
        train.addAll(raw);
        List<Example> dev = Corpus.read(corpus.resolve("dev"));
        System.out.printf("training on %d examples (%d from raw data), evaluating on %d dev examples%n",
                train.size(), raw.size(), dev.size());

        try (OnnxEmbedder onnx = new OnnxEmbedder(choice, 1)) {
            DiskCachedEmbedder embedder = new DiskCachedEmbedder(onnx,
                    Path.of("target", "classifier-cache", choice.id() + ".bin"));
            long start = System.nanoTime();
            List<float[]> trainInputs = Featurizer.inputs(train, embedder, headWords, tailWords, split);
            List<float[]> devInputs = Featurizer.inputs(dev, embedder, headWords, tailWords, split);
            embedder.save();
            System.out.printf("features in %.1f s%n", (System.nanoTime() - start) / 1e9);

            MlpTrainer trainer = new MlpTrainer(options.integer("hidden", 256), options.integer("epochs", 20),
                    32, options.decimal("learning-rate", 1e-3), options.decimal("l2", 1e-3), seed);
            Ensemble head = ensemble(trainer, options.integer("ensemble", 3), trainInputs, labels(train));
            ClassifierModel model = new ClassifierModel(choice.id(), headWords, tailWords, split,
                    Arrays.stream(Task.values()).map(Task::wireName).toList(), TaskFeatures.NAMES, head);

            List<Classification> predicted = devInputs.stream().map(x -> verdict(head.probabilities(x))).toList();
            Report report = Report.of(dev, predicted, Path.of("router-rules"), Path.of("policies"));
            System.out.println(report.text());

            ObjectNode training = new ObjectMapper().createObjectNode();
            training.put("seed", seed).put("hidden", trainer.hidden()).put("epochs", trainer.epochs())
                    .put("learning_rate", trainer.learningRate()).put("l2", trainer.l2())
                    .put("ensemble", head.members().size())
                    .put("examples", train.size());
            training.set("sources", new ObjectMapper().valueToTree(countBySource(train)));
            model.write(out.resolve("model.json"), training);
            report.write(out.resolve("METRICS.md"), choice.id(), train.size(), countBySource(train));
            System.out.println("wrote " + out.resolve("model.json") + " and " + out.resolve("METRICS.md"));
        }
    }

    /** {@code size} heads trained alike, from the seeds {@code trainer.seed()}, {@code trainer.seed() + 1}, ... */
    private static Ensemble ensemble(MlpTrainer trainer, int size, List<float[]> inputs, int[] labels) {
        List<Mlp> heads = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            MlpTrainer member = new MlpTrainer(trainer.hidden(), trainer.epochs(), trainer.batchSize(),
                    trainer.learningRate(), trainer.l2(), trainer.seed() + i);
            heads.add(member.train(inputs, labels, Task.values().length));
        }
        return new Ensemble(heads);
    }

    private static int[] labels(List<Example> examples) {
        return examples.stream().mapToInt(e -> e.task().ordinal()).toArray();
    }

    /** The head's verdict as the gateway would report it (complexity is not needed to route by task). */
    static Classification verdict(float[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Classification(Task.values()[best], Math.min(1.0, p[best]), 0.5, List.of());
    }

    private static Map<String, Integer> countBySource(List<Example> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> counts.merge(e.source().replaceFirst(":.*", ""), 1, Integer::sum));
        return counts;
    }
}

package io.triage.classify.train;

import io.triage.classify.Classification;
import io.triage.classify.EmbeddingClassifier;
import io.triage.classify.FeatureExtractor;
import io.triage.classify.HeuristicClassifier;
import io.triage.classify.TaskClassifier;
import io.triage.classify.embed.EmbeddingModelChoice;
import io.triage.classify.embed.OnnxEmbedder;
import io.triage.classify.head.ClassifierModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a classifier on labelled examples exactly as the gateway runs it: task accuracy,
 * macro-F1, the confusion matrix, and tier accuracy, escalation misses and missed savings under the
 * routing rules.
 *
 * <pre>bin/eval-classifier [--corpus=router-rules/classifier/corpus/dev] [--classifier=embedding|heuristic]
 *     [--model=router-rules/classifier/model.json] [--rules=router-rules] [--policies=policies]</pre>
 */
public final class EvaluateClassifier {

    private EvaluateClassifier() {
    }

    public static void main(String[] args) {
        Options options = new Options(args);
        List<Example> examples = Corpus.read(Path.of(options.get("corpus", "router-rules/classifier/corpus/dev")));
        OnnxEmbedder embedder = null;
        TaskClassifier classifier;
        if (options.get("classifier", "embedding").equals("heuristic")) {
            classifier = new HeuristicClassifier();
        } else {
            ClassifierModel model = ClassifierModel.read(Path.of(options.get("model", "router-rules/classifier/model.json")));
            embedder = new OnnxEmbedder(EmbeddingModelChoice.byId(model.embeddingModel()).orElseThrow(), 1);
            classifier = new EmbeddingClassifier(model, embedder, new FeatureExtractor());
        }
        List<Classification> predicted = new ArrayList<>();
        double lowConfidence = 0;
        for (Example example : examples) {
            Classification verdict = classifier.classify(example.request());
            predicted.add(verdict);
            lowConfidence += verdict.confidence() < 0.5 ? 1 : 0;
        }
        Report report = Report.of(examples, predicted, Path.of(options.get("rules", "router-rules")),
                Path.of(options.get("policies", "policies")));
        System.out.printf("%d examples from %s%n", examples.size(), options.get("corpus", "router-rules/classifier/corpus/dev"));
        System.out.print(report.text());
        System.out.printf("confidence < 0.5 on %.1f%% of requests%n", 100 * lowConfidence / Math.max(1, examples.size()));
        if (embedder != null) {
            embedder.close();
        }
    }
}

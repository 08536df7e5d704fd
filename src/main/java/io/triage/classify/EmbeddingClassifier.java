package io.triage.classify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.triage.chat.ChatRequest;
import io.triage.classify.embed.TextEmbedder;
import io.triage.classify.head.ClassifierModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trained classifier: a sentence embedding of the last user turn (cut to its head and tail)
 * plus the cheap features of the whole request, through the trained head. Confidence is the
 * head's probability for the task it picks; complexity comes from the request's structure and the
 * task. Thread-safe.
 */
public final class EmbeddingClassifier implements TaskClassifier {

    private static final ExecutorService SIDE_WORK = Executors.newVirtualThreadPerTaskExecutor();

    private final ClassifierModel model;
    private final FeatureExtractor extractor;
    private final InputVector inputs;
    private final Task[] labels;

    public EmbeddingClassifier(ClassifierModel model, TextEmbedder embedder, FeatureExtractor extractor) {
        if (!model.embeddingModel().equals(embedder.modelName())) {
            throw new IllegalArgumentException("the classifier was trained on embeddings of " + model.embeddingModel()
                    + ", not " + embedder.modelName());
        }
        if (!model.features().equals(TaskFeatures.NAMES)) {
            throw new IllegalArgumentException("the classifier was trained on other features " + model.features()
                    + "; retrain it with bin/train-classifier");
        }
        this.model = model;
        this.extractor = extractor;
        this.inputs = new InputVector(embedder, extractor, model.headWords(), model.tailWords(), model.splitSegments());
        this.labels = model.labels().stream().map(l -> Task.fromWire(l)
                .orElseThrow(() -> new IllegalArgumentException("unknown task label '" + l + "' in the classifier"))).toArray(Task[]::new);
    }

    @Override
    public Classification classify(ChatRequest request) {
        // The cheap features and the embedding do not depend on each other: the features are
        // computed on a virtual thread while this thread runs the embedding model, so a request
        // waits for the longer of the two instead of their sum.
        CompletableFuture<Analysis> cheap = CompletableFuture.supplyAsync(() -> analyse(request), SIDE_WORK);
        float[] embedding = inputs.embedding(request);
        Analysis analysis = cheap.join();
        Features features = analysis.features();
        Evidence evidence = analysis.evidence();
        float[] p = model.head().probabilities(inputs.combine(embedding, features, evidence.scores()));
        int best = 0;
        int second = 1;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                second = best;
                best = k;
            } else if (k != best && p[k] > p[second]) {
                second = k;
            }
        }
        Task task = labels[best];
        List<String> reasons = new ArrayList<>();
        reasons.add(String.format(Locale.ROOT, "classifier: %s p=%.2f, runner-up %s p=%.2f",
                task.wireName(), p[best], labels[second].wireName(), p[second]));
        reasons.addAll(evidence.reasons(task, 2));
        return new Classification(task, clamp(p[best]), clamp(Complexity.of(features, task)), reasons);
    }

    private Analysis analyse(ChatRequest request) {
        Features features = extractor.extract(request);
        return new Analysis(features, Evidence.of(features));
    }

    private record Analysis(Features features, Evidence evidence) {
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

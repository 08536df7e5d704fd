package io.triage.config;

import io.triage.classify.EmbeddingClassifier;
import io.triage.classify.FeatureExtractor;
import io.triage.classify.HeuristicClassifier;
import io.triage.classify.TaskClassifier;
import io.triage.classify.embed.CachingEmbedder;
import io.triage.classify.embed.EmbeddingModelChoice;
import io.triage.classify.embed.OnnxEmbedder;
import io.triage.classify.embed.TextEmbedder;
import io.triage.classify.head.ClassifierModel;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the configured task classifier and owns its native resources. */
final class Classifiers implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Classifiers.class);

    private final TaskClassifier classifier;
    private final OnnxEmbedder embedder;
    private final TextEmbedder cachingEmbedder;

    Classifiers(TriageConfig.Classifier config) {
        switch (config.kind()) {
            case "heuristic" -> {
                this.embedder = null;
                this.cachingEmbedder = null;
                this.classifier = new HeuristicClassifier();
                LOG.info("Task classifier: heuristic (keywords and structure)");
            }
            case "embedding" -> {
                Path file = Path.of(config.model());
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("triage.classifier.model: no trained classifier at " + file.toAbsolutePath()
                            + " (train one with bin/train-classifier, or set triage.classifier.kind=heuristic)");
                }
                ClassifierModel model = ClassifierModel.read(file);
                EmbeddingModelChoice choice = EmbeddingModelChoice.byId(model.embeddingModel()).orElseThrow(() ->
                        new IllegalStateException(file + ": unknown embedding model '" + model.embeddingModel() + "'"));
                this.embedder = new OnnxEmbedder(choice, config.threads());
                this.cachingEmbedder = new CachingEmbedder(embedder, config.cacheSize());
                this.classifier = new EmbeddingClassifier(model, cachingEmbedder, new FeatureExtractor());
                LOG.infof("Task classifier: %s embeddings and a trained head from %s", choice.id(), file);
            }
            default -> throw new IllegalStateException("triage.classifier.kind: unknown value '" + config.kind()
                    + "' (known: embedding, heuristic)");
        }
    }

    TaskClassifier classifier() {
        return classifier;
    }

    /** The classifier's embedder (with its cache), or null when the classifier embeds nothing. */
    TextEmbedder embedder() {
        return cachingEmbedder;
    }

    @Override
    public void close() {
        if (embedder != null) {
            embedder.close();
        }
    }
}

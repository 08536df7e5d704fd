package io.triage.classify.train;

import io.triage.classify.FeatureExtractor;
import io.triage.classify.InputVector;
import io.triage.classify.embed.TextEmbedder;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

/** Computes the head's inputs for many examples, on every core. */
final class Featurizer {

    private Featurizer() {
    }

    static List<float[]> inputs(List<Example> examples, TextEmbedder embedder, int headWords, int tailWords, boolean split) {
        FeatureExtractor extractor = new FeatureExtractor();
        InputVector vector = new InputVector(embedder, extractor, headWords, tailWords, split);
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return pool.submit(() -> examples.parallelStream()
                    .map(e -> vector.of(e.request(), extractor.extract(e.request())))
                    .toList()).join();
        } finally {
            pool.shutdown();
        }
    }
}

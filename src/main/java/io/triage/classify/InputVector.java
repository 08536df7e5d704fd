package io.triage.classify;

import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.classify.embed.TextCut;
import io.triage.classify.embed.TextEmbedder;

/**
 * Builds the trained head's input for a request: the embedding of the last user turn, cut to its
 * head and tail, followed by the {@link TaskFeatures} of the whole request. The same code serves
 * training and the gateway, so the two cannot drift apart.
 */
public final class InputVector {

    private final TextEmbedder embedder;
    private final HeuristicClassifier heuristic;
    private final int headWords;
    private final int tailWords;
    private final boolean split;

    /**
     * @param split false: one embedding of the head and tail joined; true: one embedding of the
     *              head and another of the tail, so a pasted text between them dilutes neither
     */
    public InputVector(TextEmbedder embedder, FeatureExtractor extractor, int headWords, int tailWords, boolean split) {
        this.embedder = embedder;
        this.heuristic = new HeuristicClassifier(extractor);
        this.headWords = headWords;
        this.tailWords = tailWords;
        this.split = split;
    }

    /** The input for a request whose features are already extracted. */
    public float[] of(ChatRequest request, Features features) {
        return of(request, features, heuristic.scores(features));
    }

    /** The input for a request whose features and heuristic scores are already computed. */
    public float[] of(ChatRequest request, Features features, double[] scores) {
        return combine(embedding(request), features, scores);
    }

    /** The embedding part of the input: it depends on the last user turn only. */
    public float[] embedding(ChatRequest request) {
        String text = lastUserText(request);
        if (!split) {
            return embedder.embed(TextCut.headTail(text, headWords, tailWords));
        }
        return concat(embedder.embed(TextCut.headTail(text, headWords, 0)), embedder.embed(TextCut.tail(text, tailWords)));
    }

    /** The whole input from its embedding part and the request's features and heuristic scores. */
    public float[] combine(float[] embedding, Features features, double[] scores) {
        return concat(embedding, TaskFeatures.vector(features, scores));
    }

    private static float[] concat(float[] a, float[] b) {
        float[] x = new float[a.length + b.length];
        System.arraycopy(a, 0, x, 0, a.length);
        System.arraycopy(b, 0, x, a.length, b.length);
        return x;
    }

    /** The text that carries the task: the last user message, or the last message of any role. */
    public static String lastUserText(ChatRequest request) {
        return request.lastUserMessage().or(() -> request.messages().stream().reduce((a, b) -> b))
                .map(Message::text).orElse("");
    }
}

package io.triage.classify.head;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains an {@link Mlp} by mini-batch Adam on softmax cross-entropy with L2 weight decay and
 * inverse-frequency class weights. Deterministic for a given seed and data order.
 *
 * @param hidden       hidden units (0 for softmax regression)
 * @param epochs       passes over the data
 * @param batchSize    examples per update
 * @param learningRate Adam's step size
 * @param l2           weight decay
 * @param seed         seed for initialisation and shuffling
 */
public record MlpTrainer(int hidden, int epochs, int batchSize, double learningRate, double l2, long seed) {

    /** Trains on {@code inputs} (raw features) with labels in [0, classes). */
    public Mlp train(List<float[]> inputs, int[] labels, int classes) {
        int n = inputs.size();
        int d = inputs.get(0).length;
        float[][] mean = new float[1][];
        float[][] scale = new float[1][];
        Standardiser.fit(inputs, mean, scale);
        float[][] x = new float[n][];
        for (int i = 0; i < n; i++) {
            x[i] = Standardiser.apply(inputs.get(i), mean[0], scale[0]);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Mlp model = init(d, classes, mean[0], scale[0], random);
        Adam adam = new Adam(model, learningRate);
        float[] classWeight = classWeights(labels, classes);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Gradients grads = new Gradients(model);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int start = 0; start < n; start += batchSize) {
                int end = Math.min(n, start + batchSize);
                grads.clear();
                for (int b = start; b < end; b++) {
                    grads.accumulate(x[order[b]], labels[order[b]], classWeight[labels[order[b]]]);
                }
                grads.scale(1f / (end - start));
                grads.addWeightDecay((float) l2);
                adam.step(grads);
            }
        }
        return model;
    }

    private Mlp init(int d, int classes, float[] mean, float[] scale, SplittableRandom random) {
        int layerIn = hidden == 0 ? d : hidden;
        float[] w1 = hidden == 0 ? new float[0] : gaussian(hidden * d, Math.sqrt(2.0 / d), random);
        float[] w2 = gaussian(classes * layerIn, Math.sqrt(1.0 / layerIn), random);
        return new Mlp(d, hidden, classes, mean, scale, w1, new float[hidden], w2, new float[classes]);
    }

    private static float[] gaussian(int size, double std, SplittableRandom random) {
        float[] w = new float[size];
        for (int i = 0; i < size; i++) {
            // Box-Muller from two uniforms keeps us on SplittableRandom, hence reproducible.
            double u = 1.0 - random.nextDouble();
            double v = random.nextDouble();
            w[i] = (float) (std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
        }
        return w;
    }

    private static float[] classWeights(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        float[] weights = new float[classes];
        for (int k = 0; k < classes; k++) {
            weights[k] = counts[k] == 0 ? 0f : (float) labels.length / (classes * counts[k]);
        }
        return weights;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}

package io.triage.classify.head;

/** Gradient buffers of an {@link Mlp}, accumulated one example at a time by back-propagation. */
final class Gradients {

    final Mlp model;
    final float[] w1;
    final float[] b1;
    final float[] w2;
    final float[] b2;

    Gradients(Mlp model) {
        this.model = model;
        this.w1 = new float[model.w1.length];
        this.b1 = new float[model.b1.length];
        this.w2 = new float[model.w2.length];
        this.b2 = new float[model.b2.length];
    }

    void clear() {
        java.util.Arrays.fill(w1, 0);
        java.util.Arrays.fill(b1, 0);
        java.util.Arrays.fill(w2, 0);
        java.util.Arrays.fill(b2, 0);
    }

    /** Adds the gradient of the weighted cross-entropy of one standardised example. */
    void accumulate(float[] x, int label, float weight) {
        float[] h = model.hidden == 0 ? x : model.hiddenLayer(x);
        float[] p = Mlp.softmax(model.logits(h));
        int width = h.length;
        float[] dh = model.hidden == 0 ? null : new float[width];
        for (int k = 0; k < model.outputs; k++) {
            float dz = weight * (p[k] - (k == label ? 1f : 0f));
            b2[k] += dz;
            int row = k * width;
            for (int j = 0; j < width; j++) {
                w2[row + j] += dz * h[j];
                if (dh != null) {
                    dh[j] += dz * model.w2[row + j];
                }
            }
        }
        if (dh == null) {
            return;
        }
        for (int j = 0; j < model.hidden; j++) {
            if (h[j] <= 0) {
                continue;
            }
            b1[j] += dh[j];
            int row = j * model.inputs;
            for (int i = 0; i < model.inputs; i++) {
                w1[row + i] += dh[j] * x[i];
            }
        }
    }

    void scale(float factor) {
        multiply(w1, factor);
        multiply(b1, factor);
        multiply(w2, factor);
        multiply(b2, factor);
    }

    void addWeightDecay(float l2) {
        for (int i = 0; i < w1.length; i++) {
            w1[i] += l2 * model.w1[i];
        }
        for (int i = 0; i < w2.length; i++) {
            w2[i] += l2 * model.w2[i];
        }
    }

    private static void multiply(float[] values, float factor) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
    }
}

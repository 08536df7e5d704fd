package io.triage.classify.head;

/**
 * A one-hidden-layer perceptron with ReLU and a softmax output; with {@code hidden == 0} it is a
 * softmax regression. Inputs are standardised with the mean and spread seen in training.
 * Immutable after training, so safe to share between threads.
 */
public final class Mlp {

    final int inputs;
    final int hidden;
    final int outputs;
    final float[] mean;
    final float[] scale;
    final float[] w1;
    final float[] b1;
    final float[] w2;
    final float[] b2;

    Mlp(int inputs, int hidden, int outputs, float[] mean, float[] scale, float[] w1, float[] b1, float[] w2, float[] b2) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.outputs = outputs;
        this.mean = mean;
        this.scale = scale;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        int layerIn = hidden == 0 ? inputs : hidden;
        if (w2.length != outputs * layerIn || b2.length != outputs || mean.length != inputs || scale.length != inputs
                || (hidden > 0 && (w1.length != hidden * inputs || b1.length != hidden))) {
            throw new IllegalArgumentException("weight shapes do not match " + inputs + " -> " + hidden + " -> " + outputs);
        }
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** The output probabilities for one raw (unstandardised) input. */
    public float[] probabilities(float[] raw) {
        float[] x = standardise(raw);
        float[] h = hidden == 0 ? x : hiddenLayer(x);
        return softmax(logits(h));
    }

    float[] standardise(float[] raw) {
        if (raw.length != inputs) {
            throw new IllegalArgumentException("expected " + inputs + " inputs, got " + raw.length);
        }
        float[] x = new float[inputs];
        for (int i = 0; i < inputs; i++) {
            x[i] = (raw[i] - mean[i]) * scale[i];
        }
        return x;
    }

    float[] hiddenLayer(float[] x) {
        float[] h = new float[hidden];
        for (int j = 0; j < hidden; j++) {
            h[j] = Math.max(0f, b1[j] + dot(w1, j * inputs, x));
        }
        return h;
    }

    /**
     * The dot product of {@code x} with the row of {@code w} that starts at {@code offset}. Four
     * independent running sums let the processor overlap the multiply-adds instead of waiting on
     * one sum: the hidden layer is most of the head's cost.
     */
    private static float dot(float[] w, int offset, float[] x) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = x.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += w[offset + i] * x[i];
            s1 += w[offset + i + 1] * x[i + 1];
            s2 += w[offset + i + 2] * x[i + 2];
            s3 += w[offset + i + 3] * x[i + 3];
        }
        for (; i < n; i++) {
            s0 += w[offset + i] * x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    float[] logits(float[] h) {
        int width = h.length;
        float[] z = new float[outputs];
        for (int k = 0; k < outputs; k++) {
            float sum = b2[k];
            int row = k * width;
            for (int j = 0; j < width; j++) {
                sum += w2[row + j] * h[j];
            }
            z[k] = sum;
        }
        return z;
    }

    static float[] softmax(float[] z) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        float total = 0;
        float[] p = new float[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = (float) Math.exp(z[k] - max);
            total += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= total;
        }
        return p;
    }
}

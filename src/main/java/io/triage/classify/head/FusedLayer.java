package io.triage.classify.head;

import java.util.List;

/**
 * The hidden layers of several heads computed as one, for inference: each head's standardisation
 * is folded into its weights and biases, and the weights are stored input-major, so that the
 * multiply-adds of all heads' hidden units for one input run over contiguous memory and vectorise.
 * The weights are kept as half-precision floats: the layer reads a megabyte of them per call, and
 * halving that makes it about three times faster (the head's decisions on the dev split do not
 * change; probabilities move by about 1e-3). Immutable.
 */
final class FusedLayer {

    private final int inputs;
    private final int width;
    private final short[] weights;
    private final float[] bias;

    FusedLayer(List<Mlp> heads) {
        this.inputs = heads.get(0).inputs;
        this.width = heads.stream().mapToInt(h -> h.hidden).sum();
        this.weights = new short[inputs * width];
        this.bias = new float[width];
        int offset = 0;
        for (Mlp head : heads) {
            fold(head, offset);
            offset += head.hidden;
        }
    }

    /** Copies one head's first layer to columns {@code offset...}, with (x - mean) * scale folded in. */
    private void fold(Mlp head, int offset) {
        for (int j = 0; j < head.hidden; j++) {
            double shift = 0;
            for (int i = 0; i < inputs; i++) {
                float w = head.w1[j * inputs + i] * head.scale[i];
                weights[i * width + offset + j] = Float.floatToFloat16(w);
                shift += (double) w * head.mean[i];
            }
            bias[offset + j] = (float) (head.b1[j] - shift);
        }
    }

    /** The ReLU activations of every head's hidden units, head after head, for one raw input. */
    float[] activations(float[] raw) {
        if (raw.length != inputs) {
            throw new IllegalArgumentException("expected " + inputs + " inputs, got " + raw.length);
        }
        float[] h = bias.clone();
        for (int i = 0; i < inputs; i++) {
            float x = raw[i];
            int row = i * width;
            for (int j = 0; j < width; j++) {
                h[j] += Float.float16ToFloat(weights[row + j]) * x;
            }
        }
        for (int j = 0; j < width; j++) {
            h[j] = Math.max(0f, h[j]);
        }
        return h;
    }
}

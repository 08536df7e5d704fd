package io.triage.classify.head;

import java.util.List;

/** Per-feature mean and inverse spread, so every input has a comparable scale. */
final class Standardiser {

    private Standardiser() {
    }

    static void fit(List<float[]> inputs, float[][] meanOut, float[][] scaleOut) {
        int d = inputs.get(0).length;
        double[] sum = new double[d];
        double[] squares = new double[d];
        for (float[] x : inputs) {
            for (int i = 0; i < d; i++) {
                sum[i] += x[i];
                squares[i] += (double) x[i] * x[i];
            }
        }
        float[] mean = new float[d];
        float[] scale = new float[d];
        int n = inputs.size();
        for (int i = 0; i < d; i++) {
            double m = sum[i] / n;
            double variance = Math.max(0, squares[i] / n - m * m);
            mean[i] = (float) m;
            scale[i] = variance < 1e-12 ? 1f : (float) (1 / Math.sqrt(variance));
        }
        meanOut[0] = mean;
        scaleOut[0] = scale;
    }

    static float[] apply(float[] raw, float[] mean, float[] scale) {
        float[] x = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            x[i] = (raw[i] - mean[i]) * scale[i];
        }
        return x;
    }
}

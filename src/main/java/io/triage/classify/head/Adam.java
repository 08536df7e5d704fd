package io.triage.classify.head;

/** The Adam optimiser over an {@link Mlp}'s weights, updating them in place. */
final class Adam {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final Mlp model;
    private final float rate;
    private final float[][] m;
    private final float[][] v;
    private int step;

    Adam(Mlp model, double rate) {
        this.model = model;
        this.rate = (float) rate;
        float[][] params = params(model);
        this.m = new float[params.length][];
        this.v = new float[params.length][];
        for (int p = 0; p < params.length; p++) {
            m[p] = new float[params[p].length];
            v[p] = new float[params[p].length];
        }
    }

    void step(Gradients grads) {
        step++;
        float correction1 = 1 - (float) Math.pow(BETA1, step);
        float correction2 = 1 - (float) Math.pow(BETA2, step);
        float[][] params = params(model);
        float[][] gradients = {grads.w1, grads.b1, grads.w2, grads.b2};
        for (int p = 0; p < params.length; p++) {
            float[] w = params[p];
            float[] g = gradients[p];
            for (int i = 0; i < w.length; i++) {
                m[p][i] = BETA1 * m[p][i] + (1 - BETA1) * g[i];
                v[p][i] = BETA2 * v[p][i] + (1 - BETA2) * g[i] * g[i];
                w[i] -= rate * (m[p][i] / correction1) / ((float) Math.sqrt(v[p][i] / correction2) + EPSILON);
            }
        }
    }

    private static float[][] params(Mlp model) {
        return new float[][] {model.w1, model.b1, model.w2, model.b2};
    }
}

package io.triage.classify.head;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EnsembleTest {

    private static final int INPUTS = 7;
    private static final int CLASSES = 3;

    @Test
    void probabilities_areTheMeanOfTheMembersProbabilities() {
        List<float[]> inputs = inputs(60, 1);
        int[] labels = inputs.stream().mapToInt(x -> x[0] > 1 ? 0 : x[1] > 0 ? 1 : 2).toArray();
        Mlp first = new MlpTrainer(5, 3, 8, 1e-2, 1e-3, 1).train(inputs, labels, CLASSES);
        Mlp second = new MlpTrainer(9, 3, 8, 1e-2, 1e-3, 2).train(inputs, labels, CLASSES);
        Ensemble ensemble = new Ensemble(List.of(first, second));

        for (float[] x : inputs(10, 2)) {
            float[] a = first.probabilities(x);
            float[] b = second.probabilities(x);
            float[] mean = ensemble.probabilities(x);
            for (int k = 0; k < CLASSES; k++) {
                // The fused layer keeps its weights in half precision.
                assertThat(mean[k]).isCloseTo((a[k] + b[k]) / 2, within(5e-3f));
            }
        }
    }

    @Test
    void ensemble_whenHeadsDisagreeOnShape_isRejected() {
        List<float[]> inputs = inputs(20, 3);
        int[] labels = new int[20];
        Mlp three = new MlpTrainer(4, 1, 8, 1e-2, 0, 1).train(inputs, labels, 3);
        Mlp two = new MlpTrainer(4, 1, 8, 1e-2, 0, 1).train(inputs, labels, 2);

        assertThatThrownBy(() -> new Ensemble(List.of(three, two))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<float[]> inputs(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<float[]> inputs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] x = new float[INPUTS];
            for (int i = 0; i < INPUTS; i++) {
                x[i] = (float) (random.nextDouble() * 4 - 1);
            }
            inputs.add(x);
        }
        return inputs;
    }
}

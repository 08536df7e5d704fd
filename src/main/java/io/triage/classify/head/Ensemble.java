package io.triage.classify.head;

import java.util.Arrays;
import java.util.List;

/**
 * Several {@link Mlp} heads trained alike from different seeds, whose probabilities are averaged:
 * the average varies less with the seed than any one head and generalises better. The heads'
 * hidden layers are evaluated together by a {@link FusedLayer}. Immutable, so safe to share
 * between threads.
 */
public final class Ensemble {

    private final List<Mlp> members;
    private final FusedLayer fused;

    public Ensemble(List<Mlp> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one head");
        }
        int inputs = members.get(0).inputs();
        int outputs = members.get(0).outputs();
        if (members.stream().anyMatch(m -> m.inputs() != inputs || m.outputs() != outputs)) {
            throw new IllegalArgumentException("the heads of an ensemble must all map " + inputs + " inputs to " + outputs + " outputs");
        }
        if (members.stream().anyMatch(m -> m.hidden == 0)) {
            throw new IllegalArgumentException("the heads of an ensemble need a hidden layer");
        }
        this.members = List.copyOf(members);
        this.fused = new FusedLayer(this.members);
    }

    public List<Mlp> members() {
        return members;
    }

    public int inputs() {
        return members.get(0).inputs();
    }

    public int outputs() {
        return members.get(0).outputs();
    }

    /** The mean of the members' output probabilities for one raw (unstandardised) input. */
    public float[] probabilities(float[] raw) {
        float[] hidden = fused.activations(raw);
        float[] mean = new float[outputs()];
        int offset = 0;
        for (Mlp member : members) {
            float[] p = Mlp.softmax(member.logits(Arrays.copyOfRange(hidden, offset, offset + member.hidden)));
            offset += member.hidden;
            for (int k = 0; k < mean.length; k++) {
                mean[k] += p[k] / members.size();
            }
        }
        return mean;
    }
}

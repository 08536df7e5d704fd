package io.triage.classify.embed;

/** Turns a text into a unit-length vector. Implementations are thread-safe. */
public interface TextEmbedder {

    /** The embedding of {@code text}, L2-normalised. */
    float[] embed(String text);

    /** The vector length. */
    int dimension();

    /** The model's name, recorded with a trained classifier so it is never paired with another model. */
    String modelName();
}

package io.triage.classify.head;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A trained classifier head with everything needed to use it correctly: the embedding model it
 * was trained on, how inputs were cut, the label order and the feature names. Stored as JSON with
 * the weights of each head of the ensemble as base64 little-endian float32.
 *
 * @param embeddingModel the embedding model id
 * @param headWords      words kept from the start of a long input
 * @param tailWords      words kept from its end
 * @param splitSegments  whether head and tail are embedded separately
 * @param labels         output labels, in order
 * @param features       names of the inputs after the embedding, in order
 * @param head           the weights: an ensemble of one or more heads
 */
public record ClassifierModel(String embeddingModel, int headWords, int tailWords, boolean splitSegments,
                              List<String> labels, List<String> features, Ensemble head) {

    /** The file format version this build reads and writes. */
    public static final int FORMAT = 2;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ClassifierModel {
        labels = List.copyOf(labels);
        features = List.copyOf(features);
        if (head.outputs() != labels.size()) {
            throw new IllegalArgumentException("head has " + head.outputs() + " outputs for " + labels.size() + " labels");
        }
    }

    public void write(Path file, ObjectNode training) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("embedding_model", embeddingModel)
                .put("head_words", headWords).put("tail_words", tailWords)
                .put("split_segments", splitSegments);
        labels.forEach(root.putArray("labels")::add);
        features.forEach(root.putArray("features")::add);
        for (Mlp mlp : head.members()) {
            ObjectNode node = root.withArray("heads").addObject();
            node.put("inputs", mlp.inputs).put("hidden", mlp.hidden).put("outputs", mlp.outputs);
            node.put("mean", encode(mlp.mean)).put("scale", encode(mlp.scale));
            node.put("w1", encode(mlp.w1)).put("b1", encode(mlp.b1)).put("w2", encode(mlp.w2)).put("b2", encode(mlp.b2));
        }
        root.set("training", training);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write classifier model " + file, e);
        }
    }

    public static ClassifierModel read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.path("format").asInt() != FORMAT) {
                throw new IllegalArgumentException(file + ": unsupported classifier format " + root.path("format")
                        + " (this build reads " + FORMAT + "); retrain with bin/train-classifier");
            }
            List<Mlp> heads = new ArrayList<>();
            for (JsonNode node : root.path("heads")) {
                heads.add(new Mlp(node.path("inputs").asInt(), node.path("hidden").asInt(), node.path("outputs").asInt(),
                        decode(node, "mean"), decode(node, "scale"), decode(node, "w1"), decode(node, "b1"),
                        decode(node, "w2"), decode(node, "b2")));
            }
            Ensemble head = new Ensemble(heads);
            return new ClassifierModel(root.path("embedding_model").asText(), root.path("head_words").asInt(),
                    root.path("tail_words").asInt(), root.path("split_segments").asBoolean(false), strings(root.path("labels")), strings(root.path("features")), head);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classifier model " + file, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String encode(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    private static float[] decode(JsonNode root, String field) {
        byte[] bytes = Base64.getDecoder().decode(root.path(field).asText(""));
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}

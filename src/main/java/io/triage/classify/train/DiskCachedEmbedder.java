package io.triage.classify.train;

import io.triage.classify.embed.TextEmbedder;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the embeddings computed while training in a file, so re-running the trainer with other
 * head settings does not embed the corpus again. Keyed by a hash of the exact text.
 */
final class DiskCachedEmbedder implements TextEmbedder {

    private final TextEmbedder delegate;
    private final Path file;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    DiskCachedEmbedder(TextEmbedder delegate, Path file) {
        this.delegate = delegate;
        this.file = file;
        load();
    }

    @Override
    public float[] embed(String text) {
        return cache.computeIfAbsent(hash(text), ignored -> delegate.embed(text));
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                for (Map.Entry<String, float[]> entry : cache.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    for (float v : entry.getValue()) {
                        out.writeFloat(v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write embedding cache " + file, e);
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String key = in.readUTF();
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                cache.put(key, vector);
            }
        } catch (EOFException end) {
            // the whole file has been read
        } catch (IOException e) {
            cache.clear();
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

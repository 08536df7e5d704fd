package io.triage.classify.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * One of LangChain4j's packaged ONNX sentence-embedding models, run directly on ONNX Runtime:
 * the text is tokenised once (Hugging Face tokenizer, truncated to {@value #MAX_TOKENS} tokens),
 * the session runs with a fixed number of intra-op threads (one by default, so two requests use two
 * cores instead of fighting over both) and full graph optimisation, and the output is pooled (CLS or
 * mean, as the model was trained) and L2-normalised. This is LangChain4j's own recipe without its
 * per-call re-tokenisation and partitioning, which cost a millisecond on short inputs.
 */
public final class OnnxEmbedder implements TextEmbedder, AutoCloseable {

    /** Inputs longer than this are truncated; the classifier cuts them to far less anyway. */
    static final int MAX_TOKENS = 256;

    private final EmbeddingModelChoice choice;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    public OnnxEmbedder(EmbeddingModelChoice choice, int intraOpThreads) {
        this.choice = choice;
        this.environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizerJson = stream(choice.tokenizerResource())) {
            options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setMemoryPatternOptimization(true);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(resource(choice.modelResource()), options);
            this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            this.typeIds = session.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load embedding model " + choice.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding model " + choice.id(), e);
        }
    }

    @Override
    public float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text.isBlank() ? "." : text);
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>(4);
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
                return normalise(pool(tokens));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed in " + choice.id() + ": " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[] pool(float[][] tokens) {
        if (choice.pooling() == dev.langchain4j.model.embedding.onnx.PoolingMode.CLS) {
            return tokens[0].clone();
        }
        float[] mean = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += token[i];
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= tokens.length;
        }
        return mean;
    }

    private static float[] normalise(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 1f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public String modelName() {
        return choice.id();
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close embedding model " + choice.id(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) {
        InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model resource " + name + " is not on the class path");
        }
        return in;
    }
}

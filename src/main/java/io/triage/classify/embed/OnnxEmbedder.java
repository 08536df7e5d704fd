package io.triage.classify.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A LangChain4j in-process embedding model on an ONNX Runtime session that Triage tunes itself:
 * a fixed number of intra-op threads (one by default, so two requests use two cores instead of
 * fighting over both) and full graph optimisation. Tokenisation and pooling are LangChain4j's.
 */
public final class OnnxEmbedder implements TextEmbedder, AutoCloseable {

    private final EmbeddingModelChoice choice;
    private final OrtSession session;
    private final Model model;

    public OnnxEmbedder(EmbeddingModelChoice choice, int intraOpThreads) {
        this.choice = choice;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            this.session = environment.createSession(resource(choice.modelResource()), options);
            try (InputStream tokenizer = stream(choice.tokenizerResource())) {
                this.model = new Model(new OnnxBertBiEncoder(environment, session, tokenizer, choice.pooling()));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load embedding model " + choice.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding model " + choice.id(), e);
        }
    }

    @Override
    public float[] embed(String text) {
        return model.embed(TextSegment.from(text.isBlank() ? "." : text)).content().vector();
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

    /** LangChain4j's in-process model around our own session; calls run on the caller's thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}

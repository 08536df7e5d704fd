package io.triage.classify.embed;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.util.Arrays;
import java.util.Optional;

/** The in-process embedding models Triage can use, packaged by LangChain4j. */
public enum EmbeddingModelChoice {

    /** BAAI bge-small-en-v1.5, int8-quantized: 384 dimensions, CLS pooling. */
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS),
    /** sentence-transformers all-MiniLM-L6-v2, int8-quantized: 384 dimensions, mean pooling. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN);

    private final String id;
    private final String modelResource;
    private final String tokenizerResource;
    private final PoolingMode pooling;

    EmbeddingModelChoice(String id, String modelResource, String tokenizerResource, PoolingMode pooling) {
        this.id = id;
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
        this.pooling = pooling;
    }

    /** The name used in configuration and in the trained model file. */
    public String id() {
        return id;
    }

    String modelResource() {
        return modelResource;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }

    PoolingMode pooling() {
        return pooling;
    }

    public static Optional<EmbeddingModelChoice> byId(String id) {
        return Arrays.stream(values()).filter(choice -> choice.id.equals(id)).findFirst();
    }
}

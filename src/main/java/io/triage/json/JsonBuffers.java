package io.triage.json;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Field;
import java.util.List;

/**
 * One pool of Jackson's read and write buffers for every mapper in the gateway.
 *
 * <p>Jackson recycles its buffers per thread by default. Triage serves each request on a new virtual
 * thread, so every parse and every write allocated fresh buffers (about 16 KB each, several per
 * request), which was the largest single source of garbage in the gateway profile. A bounded pool
 * shared by all threads recycles them instead.
 */
public final class JsonBuffers {

    /** Buffers kept for reuse; beyond that many in use at once, extra buffers are allocated and dropped. */
    private static final int POOLED = 256;
    private static final RecyclerPool<BufferRecycler> POOL = JsonRecyclerPools.newBoundedPool(POOLED);

    /**
     * The static mappers inside the LangChain4j provider modules: they parse and write every upstream
     * request and answer. Their classes are internal, so they are reached by name; a class or field
     * missing in another LangChain4j version is skipped.
     */
    private static final List<String> LANGCHAIN4J_MAPPERS = List.of(
            "dev.langchain4j.model.openai.internal.Json",
            "dev.langchain4j.model.anthropic.internal.client.Json");

    private JsonBuffers() {
    }

    /** Makes {@code mapper} take its buffers from the shared pool; returns it. */
    public static ObjectMapper pooled(ObjectMapper mapper) {
        mapper.getFactory().setRecyclerPool(POOL);
        return mapper;
    }

    /** Points LangChain4j's own mappers at the shared pool; returns how many were found. */
    public static int poolLangChain4jMappers() {
        int pooled = 0;
        for (String className : LANGCHAIN4J_MAPPERS) {
            try {
                Field field = Class.forName(className).getDeclaredField("OBJECT_MAPPER");
                field.setAccessible(true);
                if (field.get(null) instanceof ObjectMapper mapper) {
                    pooled(mapper);
                    pooled++;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // another LangChain4j version: its mapper keeps Jackson's per-thread buffers
            }
        }
        return pooled;
    }
}

package io.triage.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonBuffersTest {

    @Test
    void poolLangChain4jMappers_findsTheOpenAiAndAnthropicMappers() {
        // a LangChain4j upgrade that renames them would silently bring back per-thread buffers
        assertThat(JsonBuffers.poolLangChain4jMappers()).isEqualTo(2);
    }

    @Test
    void pooled_mappersShareOnePool() {
        ObjectMapper one = JsonBuffers.pooled(new ObjectMapper());
        ObjectMapper other = JsonBuffers.pooled(new ObjectMapper());

        assertThat(one.getFactory()._getRecyclerPool()).isSameAs(other.getFactory()._getRecyclerPool())
                .isNotSameAs(new ObjectMapper().getFactory()._getRecyclerPool());
    }
}

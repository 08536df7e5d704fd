package io.triage.backend.llama;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlamaCppSettingsTest {

    @Test
    void of_whenModelNameIsBlank_namesTheModelAfterTheFile() {
        LlamaCppSettings settings = LlamaCppSettings.of("local", Path.of("/models/Qwen2.5-0.5B-Q4_K_M.gguf"), " ");

        assertThat(settings.modelName()).isEqualTo("Qwen2.5-0.5B-Q4_K_M");
        assertThat(settings.capacity()).isEqualTo(LlamaCppSettings.DEFAULT_PARALLEL_SLOTS + LlamaCppSettings.DEFAULT_MAX_QUEUED);
    }

    @Test
    void new_whenParallelSlotsIsZero_namesTheBadValue() {
        assertThatThrownBy(() -> new LlamaCppSettings("local", Path.of("m.gguf"), "m", 512, 0, 0, 0,
                Duration.ZERO, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parallelSlots must be positive, was 0");
    }
}

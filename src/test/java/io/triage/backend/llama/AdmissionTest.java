package io.triage.backend.llama;

import io.triage.backend.BackendException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdmissionTest {

    @Test
    void enter_whenAllPlacesAreTaken_refusesAsOverloaded() {
        Admission admission = new Admission("local", 2, Duration.ZERO);
        admission.enter();
        admission.enter();

        assertThatThrownBy(admission::enter)
                .isInstanceOfSatisfying(BackendException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BackendException.Kind.OVERLOADED);
                    assertThat(e.backend()).isEqualTo("local");
                    assertThat(e.retriable()).isTrue();
                })
                .hasMessageContaining("all 2 places");
    }

    @Test
    void enter_afterAPermitIsClosed_admitsTheNextRequest() {
        Admission admission = new Admission("local", 1, Duration.ZERO);
        Admission.Permit first = admission.enter();

        first.close();

        assertThat(admission.enter()).isNotNull();
    }
}

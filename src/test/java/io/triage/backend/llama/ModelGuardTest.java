package io.triage.backend.llama;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ModelGuardTest {

    @Test
    void shut_whenALeaseIsOutstanding_reportsNotIdleAndRefusesNewLeases() throws InterruptedException {
        ModelGuard guard = new ModelGuard();
        ModelGuard.Lease lease = guard.enter().orElseThrow();

        assertThat(guard.shut(Duration.ZERO)).isFalse();
        assertThat(guard.enter()).isEmpty();

        lease.close();
        lease.close();
        assertThat(guard.shut(Duration.ZERO)).isTrue();
    }

    @Test
    void shut_whenLeasesWereReturned_isIdle() throws InterruptedException {
        ModelGuard guard = new ModelGuard();
        guard.enter().orElseThrow().close();

        assertThat(guard.shut(Duration.ZERO)).isTrue();
        assertThat(guard.isShut()).isTrue();
    }
}

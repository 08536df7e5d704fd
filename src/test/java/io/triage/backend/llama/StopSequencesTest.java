package io.triage.backend.llama;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StopSequencesTest {

    @Test
    void accept_whenStopSequenceSpansPieces_cutsBeforeItAndNeverEmitsItsStart() {
        StopSequences cut = new StopSequences(List.of("END"));

        assertThat(cut.accept("hello E")).isEqualTo("hello ");
        assertThat(cut.accept("N")).isEmpty();
        assertThat(cut.accept("D and more")).isEmpty();
        assertThat(cut.matched()).isTrue();
        assertThat(cut.finish()).isEmpty();
    }

    @Test
    void accept_whenHeldTextTurnsOutNotToBeAStop_releasesIt() {
        StopSequences cut = new StopSequences(List.of("END"));

        assertThat(cut.accept("an E")).isEqualTo("an ");
        assertThat(cut.accept("Xtra")).isEqualTo("EXtra");
        assertThat(cut.matched()).isFalse();
    }

    @Test
    void finish_whenGenerationEndsOnAPossibleStart_releasesTheHeldText() {
        StopSequences cut = new StopSequences(List.of("END"));

        assertThat(cut.accept("the EN")).isEqualTo("the ");
        assertThat(cut.finish()).isEqualTo("EN");
    }

    @Test
    void accept_withSeveralStops_cutsAtTheEarliest() {
        StopSequences cut = new StopSequences(List.of("world", "lo w"));

        assertThat(cut.accept("hello world")).isEqualTo("hel");
        assertThat(cut.matched()).isTrue();
    }

    @Test
    void accept_withoutStops_passesEverythingThrough() {
        StopSequences cut = new StopSequences(List.of(""));

        assertThat(cut.accept("abc")).isEqualTo("abc");
        assertThat(cut.finish()).isEmpty();
        assertThat(cut.matched()).isFalse();
    }
}

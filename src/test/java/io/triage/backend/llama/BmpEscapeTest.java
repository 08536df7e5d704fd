package io.triage.backend.llama;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BmpEscapeTest {

    @Test
    void escape_replacesCharactersOutsideTheBmpWithUnusedPrivateOnes() {
        String text = "party \uD83C\uDF89 and \uE000 already used";
        BmpEscape escape = BmpEscape.forTexts(List.of(text));

        String escaped = escape.escape(text);

        assertThat(escaped.codePoints()).noneMatch(Character::isSupplementaryCodePoint);
        assertThat(escaped).hasSize(text.length() - 1).contains("\uE000 already used").doesNotContain("\uE000 and");
        assertThat(escape.restore("<b>" + escaped + "</b>")).isEqualTo("<b>" + text + "</b>");
    }

    @Test
    void escape_dropsNulCharacters() {
        BmpEscape escape = BmpEscape.forTexts(List.of("a\u0000b"));

        assertThat(escape.escape("a\u0000b")).isEqualTo("ab");
    }

    @Test
    void restore_withoutEscapes_returnsTheTextUnchanged() {
        BmpEscape escape = BmpEscape.forTexts(List.of("plain"));

        assertThat(escape.restore("plain \uE000")).isEqualTo("plain \uE000");
    }
}

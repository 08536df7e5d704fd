package io.triage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TriggersTest {

    @Test
    void mayMatch_whenRequiredWordIsMissing_isFalse() {
        Triggers triggers = Triggers.of("\\bhow (?:do|would) (?:you|i) say\\b");

        assertThat(triggers.mayMatch("how would you say it")).isTrue();
        assertThat(triggers.mayMatch("what would you say")).isFalse();
        assertThat(triggers.mayMatch("how would you put it")).isFalse();
    }

    @Test
    void mayMatch_whenOneAlternativeIsPresent_isTrue() {
        Triggers triggers = Triggers.of("\\bsummari[sz]e\\b|\\btl;? ?dr\\b");

        assertThat(triggers.mayMatch("tldr please")).isTrue();
        assertThat(triggers.mayMatch("please summarise")).isTrue();
        assertThat(triggers.mayMatch("please shorten")).isFalse();
    }

    @Test
    void mayMatch_whenPartIsOptionalOrALookaround_doesNotRequireIt() {
        Triggers optional = Triggers.of("\\bcolou?r (?:of )?the\\b");
        Triggers lookbehind = Triggers.of("\\bcode\\b(?<!zip code)");

        assertThat(optional.mayMatch("color the wall")).isTrue();
        assertThat(lookbehind.mayMatch("fix my code")).isTrue();
    }

    @Test
    void of_whenAnAlternativeHasNoLiteral_alwaysMayMatch() {
        Triggers triggers = Triggers.of("\\d+\\s*[%‰]|\\bpercent\\b");

        assertThat(triggers.always()).isTrue();
        assertThat(triggers.mayMatch("anything")).isTrue();
    }

    @Test
    void cues_haveTriggers() {
        long always = Cues.ALL.stream().filter(cue -> cue.triggers().always()).count();

        assertThat(always).isLessThanOrEqualTo(Cues.ALL.size() / 10);
    }

    @Test
    void scan_whenACueMatchesAnExample_allowsIt() throws IOException {
        TriggerScan scan = new TriggerScan(Cues.ALL.stream().map(Cue::triggers).toList());
        int matches = 0;
        for (String text : examples()) {
            boolean[] possible = scan.mayMatch(text.toLowerCase(Locale.ROOT));
            for (int i = 0; i < Cues.ALL.size(); i++) {
                if (Cues.ALL.get(i).matcher(text, 0, text.length()).find()) {
                    matches++;
                    assertThat(possible[i]).as("cue %s on: %s", Cues.ALL.get(i).pattern(), text).isTrue();
                }
            }
        }
        assertThat(matches).isGreaterThan(500);
    }

    @Test
    void scan_agreesWithContainsOnEachCondition() throws IOException {
        List<Triggers> triggers = Cues.ALL.stream().map(Cue::triggers).toList();
        TriggerScan scan = new TriggerScan(triggers);
        for (String text : examples()) {
            String lowerCase = text.toLowerCase(Locale.ROOT);
            boolean[] possible = scan.mayMatch(lowerCase);
            for (int i = 0; i < triggers.size(); i++) {
                assertThat(possible[i]).as("%s on: %s", Cues.ALL.get(i).pattern(), text)
                        .isEqualTo(triggers.get(i).mayMatch(lowerCase));
            }
        }
    }

    private static List<String> examples() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = TriggersTest.class.getResourceAsStream("/classify/heuristic-examples.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    texts.add(line.split("\t", 2)[1].replace("\\n", "\n"));
                }
            }
        }
        texts.add(Requests.AGENT_PROMPT);
        return texts;
    }
}

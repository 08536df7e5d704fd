package io.triage.route;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetLoaderTest {

    private static final RuleSetLoader LOADER = new RuleSetLoader(Set.of("local", "remote"));

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private static Signals signals(String task, int tokens, boolean tools) {
        return Signals.builder().put("task", task).put("tokens", tokens).put("tools", tools).build();
    }

    @Test
    void load_shippedDefaultRules_validateAndImplementThePolicy() {
        RuleSet rules = LOADER.load(Path.of("router-rules"));
        assertThat(rules.defaultRoute()).isEqualTo("remote");
        assertThat(rules.firstMatch(signals("sentiment", 100, false)).orElseThrow().route()).isEqualTo("local");
        assertThat(rules.firstMatch(signals("summarization", 1500, false)).orElseThrow().route()).isEqualTo("local");
        assertThat(rules.firstMatch(signals("summarization", 1501, false)).orElseThrow().route()).isEqualTo("remote");
        assertThat(rules.firstMatch(signals("translation", 40, true)).orElseThrow().route()).isEqualTo("remote");
        for (String hard : new String[] {"math", "code", "reasoning", "creative_writing", "open_qa"}) {
            assertThat(rules.firstMatch(signals(hard, 20, false)).orElseThrow().route()).as(hard).isEqualTo("remote");
        }
    }

    @Test
    void load_piiExampleBesideTheDefaults_keepsPersonalDataLocal() throws IOException {
        Files.copy(Path.of("router-rules/default.yaml"), dir.resolve("default.yaml"));
        Files.copy(Path.of("router-rules/examples/pii-stays-local.yaml"), dir.resolve("pii.yaml"));
        RuleSet rules = LOADER.load(dir);
        Signals mathWithEmail = Signals.builder().put("task", "math").put("tokens", 5000).put("tools", false)
                .put("confidence", 0.9).put("pii", true).build();
        assertThat(rules.firstMatch(mathWithEmail).orElseThrow().id()).isEqualTo("pii-stays-local");
        Signals lowConfidence = Signals.builder().put("task", "sentiment").put("tokens", 50).put("tools", false)
                .put("confidence", 0.2).put("pii", false).build();
        assertThat(rules.firstMatch(lowConfidence).orElseThrow().id()).isEqualTo("uncertain-goes-remote");
    }

    @Test
    void load_ordersByPriorityAcrossFiles() throws IOException {
        write("a.yaml", """
                version: 1
                default_route: remote
                rules:
                  - id: low
                    priority: 1
                    route: remote
                """);
        write("b.yaml", """
                version: 1
                rules:
                  - id: high
                    priority: 9
                    when: { task: sentiment }
                    route: local
                """);
        RuleSet rules = LOADER.load(dir);
        assertThat(rules.rules()).extracting(Rule::id).containsExactly("high", "low");
        assertThat(rules.firstMatch(signals("sentiment", 1, false)).orElseThrow().id()).isEqualTo("high");
        assertThat(rules.firstMatch(signals("math", 1, false)).orElseThrow().id()).isEqualTo("low");
    }

    @Test
    void conditions_combineWithAllAnyNotAndHeaders() throws IOException {
        write("r.yaml", """
                version: 1
                default_route: remote
                rules:
                  - id: combo
                    when:
                      any:
                        - all: [ { task: [rewrite, translation] }, { not: { tokens: { gt: 100 } } } ]
                        - header.x-team: search
                    route: local
                """);
        RuleSet rules = LOADER.load(dir);
        assertThat(rules.firstMatch(signals("rewrite", 50, false))).isPresent();
        assertThat(rules.firstMatch(signals("rewrite", 150, false))).isEmpty();
        assertThat(rules.firstMatch(signals("math", 50, false))).isEmpty();
        Signals fromSearch = Signals.builder().put("task", "math").put("tokens", 5000).header("X-Team", "search").build();
        assertThat(rules.firstMatch(fromSearch)).isPresent();
    }

    @Test
    void load_whenUnknownTask_namesFileRuleAndValue() throws IOException {
        Path file = write("bad.yaml", """
                version: 1
                default_route: remote
                rules:
                  - id: typo
                    when: { task: [sentimnt] }
                    route: local
                """);
        assertThatThrownBy(() -> LOADER.load(dir)).isInstanceOf(RuleException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("rule 'typo'")
                .hasMessageContaining("when.task").hasMessageContaining("'sentimnt'");
    }

    @Test
    void load_whenUnknownRoute_failsNamingIt() throws IOException {
        write("bad.yaml", "version: 1\ndefault_route: remote\nrules:\n  - id: r\n    route: gpu-farm\n");
        assertThatThrownBy(() -> LOADER.load(dir)).hasMessageContaining("rule 'r'").hasMessageContaining("'gpu-farm'");
    }

    @Test
    void load_whenComparingATextSignal_fails() throws IOException {
        write("bad.yaml", "version: 1\ndefault_route: remote\nrules:\n  - id: r\n    when: { task: { gt: 3 } }\n    route: local\n");
        assertThatThrownBy(() -> LOADER.load(dir)).hasMessageContaining("numeric signal");
    }

    @Test
    void load_whenUnknownSignal_fails() throws IOException {
        write("bad.yaml", "version: 1\ndefault_route: remote\nrules:\n  - id: r\n    when: { colour: red }\n    route: local\n");
        assertThatThrownBy(() -> LOADER.load(dir)).hasMessageContaining("unknown signal 'colour'");
    }

    @Test
    void load_whenDuplicateId_fails() throws IOException {
        write("bad.yaml", "version: 1\ndefault_route: remote\nrules:\n  - id: r\n    route: local\n  - id: r\n    route: remote\n");
        assertThatThrownBy(() -> LOADER.load(dir)).hasMessageContaining("duplicate rule id 'r'");
    }

    @Test
    void load_whenWrongVersion_fails() throws IOException {
        write("bad.yaml", "version: 2\ndefault_route: remote\n");
        assertThatThrownBy(() -> LOADER.load(dir)).hasMessageContaining("unsupported version 2");
    }

    @Test
    void load_whenNoDefaultRoute_fails() throws IOException {
        write("bad.yaml", "version: 1\nrules: []\n");
        assertThatThrownBy(() -> LOADER.load(dir)).hasMessageContaining("default_route");
    }

    @Test
    void load_whenBadNumber_fails() throws IOException {
        write("bad.yaml", "version: 1\ndefault_route: remote\nrules:\n  - id: r\n    when: { tokens: { lte: lots } }\n    route: local\n");
        assertThatThrownBy(() -> LOADER.load(dir)).hasMessageContaining("'lots'").hasMessageContaining("expected a number");
    }

    @Test
    void load_whenNotYaml_failsNamingTheFile() throws IOException {
        Path file = write("bad.yaml", "version: 1\nrules: [ { id: \n");
        assertThatThrownBy(() -> LOADER.load(dir)).hasMessageContaining(file.toString()).hasMessageContaining("not valid YAML");
    }
}

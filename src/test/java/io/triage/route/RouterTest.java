package io.triage.route;

import io.triage.backend.Tier;
import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.classify.Classification;
import io.triage.classify.Task;
import io.triage.classify.TokenEstimator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterTest {

    private static final RouteTable ROUTES = new RouteTableLoader(Set.of("local", "remote")).load(Path.of("policies"));
    private static final Map<String, BackendInfo> BACKENDS = Map.of(
            "local", new BackendInfo("local", Tier.LOCAL, List.of("qwen-small")),
            "remote", new BackendInfo("remote", Tier.REMOTE, List.of("gpt-big", "gpt-bigger")));

    private static Router router(Task task) {
        RuleSet rules = new RuleSetLoader(ROUTES.names()).load(Path.of("router-rules"));
        return new Router(request -> new Classification(task, 0.9, 0.2, List.of("fixed for the test")), new TokenEstimator(),
                rules, ROUTES, BACKENDS, Set.of("auto", "smart"));
    }

    private static ChatRequest ask(String model, String text) {
        return ChatRequest.of(model, List.of(Message.of(Role.USER, text)));
    }

    @Test
    void decide_whenAliasAndSimpleTask_goesLocalWithRuleAndReasons() {
        Decision decision = router(Task.SENTIMENT).decide(ask("auto", "Positive or negative: great film"), RequestContext.ANONYMOUS);
        assertThat(decision.tier()).isEqualTo(Tier.LOCAL);
        assertThat(decision.route().name()).isEqualTo("local");
        assertThat(decision.model()).isEqualTo("qwen-small");
        assertThat(decision.rule()).isEqualTo("simple-tasks-stay-local");
        assertThat(decision.taskName()).isEqualTo("sentiment");
        assertThat(decision.reasons()).anyMatch(r -> r.contains("simple-tasks-stay-local"));
        assertThat(decision.chain()).extracting(Route::name).containsExactly("local", "remote");
    }

    @Test
    void decide_whenConfiguredAlias_routesToo() {
        assertThat(router(Task.CODE).decide(ask("smart", "fix my code"), RequestContext.ANONYMOUS).tier()).isEqualTo(Tier.REMOTE);
    }

    @Test
    void decide_whenBackendModel_goesDirectWithoutClassifying() {
        Decision decision = router(Task.SENTIMENT).decide(ask("gpt-bigger", "hello"), RequestContext.ANONYMOUS);
        assertThat(decision.backend()).isEqualTo("remote");
        assertThat(decision.model()).isEqualTo("gpt-bigger");
        assertThat(decision.rule()).isEqualTo("explicit-model");
        assertThat(decision.classification()).isEmpty();
    }

    @Test
    void decide_whenUnknownModel_throwsListingTheKnownOnes() {
        assertThatThrownBy(() -> router(Task.SENTIMENT).decide(ask("gpt-9", "hi"), RequestContext.ANONYMOUS))
                .isInstanceOf(UnknownModelException.class)
                .hasMessageContaining("gpt-9").hasMessageContaining("auto").hasMessageContaining("qwen-small");
    }

    @Test
    void decide_whenTaskHintInMetadata_usesIt() {
        ChatRequest request = new ChatRequest("auto", List.of(Message.of(Role.USER, "anything")), null, null, null, null,
                null, false, false, null, Map.of("task", "translation"));
        Decision decision = router(Task.MATH).decide(request, RequestContext.ANONYMOUS);
        assertThat(decision.taskName()).isEqualTo("translation");
        assertThat(decision.tier()).isEqualTo(Tier.LOCAL);
    }

    @Test
    void decide_whenMessageHoldsPersonalData_reportsItsKinds() {
        Decision decision = router(Task.EXTRACTION).decide(ask("auto",
                "Extract the name from: Jane Roe, jane.roe@example.org, card 4111 1111 1111 1111"), RequestContext.ANONYMOUS);
        assertThat(decision.pii()).containsExactlyInAnyOrder("email", "credit_card");
        assertThat(decision.reasons()).anyMatch(r -> r.contains("personal data"));
        Decision clean = router(Task.EXTRACTION).decide(ask("auto", "Extract the verbs from: the cat sat"), RequestContext.ANONYMOUS);
        assertThat(clean.pii()).isEmpty();
    }

    @Test
    void useRules_replacesTheRulesInForce() {
        Router router = router(Task.SENTIMENT);
        RuleSet everythingRemote = new RuleSet(1, List.of(), "remote", List.of("test"));
        router.useRules(everythingRemote);
        assertThat(router.decide(ask("auto", "Positive or negative?"), RequestContext.ANONYMOUS).rule()).isEqualTo("default");
    }
}

package io.triage.resilience;

import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.FinishReason;
import io.triage.chat.Message;
import io.triage.chat.ResponseFormat;
import io.triage.chat.Role;
import io.triage.chat.Usage;
import io.triage.route.Route;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCheckTest {

    private static final Route.Cascade ALL = new Route.Cascade("remote", -1.5, true, true, true, true);
    private static final ChatRequest TEXT = ChatRequest.of("auto", List.of(Message.of(Role.USER, "Hi")));
    private static final ChatRequest JSON = new ChatRequest("auto", TEXT.messages(), null, null, null,
            new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, null, null), null, false, false, null, null);

    @Test
    void aPlainAnswer_isKept() {
        assertThat(AnswerCheck.unreliable(answer("Paris is the capital.", FinishReason.STOP, -0.2), TEXT, ALL)).isEmpty();
    }

    @Test
    void emptyRefusingCutOrUnsureAnswers_areEscalated_withTheReason() {
        assertThat(AnswerCheck.unreliable(answer("  ", FinishReason.STOP, null), TEXT, ALL)).contains("empty answer");
        assertThat(AnswerCheck.unreliable(answer("I'm sorry, but I cannot help with that.", FinishReason.STOP, null), TEXT, ALL))
                .contains("refusal");
        assertThat(AnswerCheck.unreliable(answer("As an AI language model, I do not have opinions.", FinishReason.STOP, null), TEXT, ALL))
                .contains("refusal");
        assertThat(AnswerCheck.unreliable(answer("The answer is", FinishReason.LENGTH, null), TEXT, ALL))
                .contains("answer cut at max_tokens");
        assertThat(AnswerCheck.unreliable(answer("Maybe Paris?", FinishReason.STOP, -2.7), TEXT, ALL))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("low confidence"));
    }

    @Test
    void json_isCheckedOnlyWhenAskedFor() {
        assertThat(AnswerCheck.unreliable(answer("Sure: {\"a\": 1}", FinishReason.STOP, null), JSON, ALL)).contains("invalid JSON");
        assertThat(AnswerCheck.unreliable(answer("{\"a\": 1}", FinishReason.STOP, null), JSON, ALL)).isEmpty();
        assertThat(AnswerCheck.unreliable(answer("Sure: {\"a\": 1}", FinishReason.STOP, null), TEXT, ALL)).isEmpty();
    }

    @Test
    void triggersSwitchedOff_areNotChecked() {
        Route.Cascade emptyOnly = new Route.Cascade("remote", null, true, false, false, false);
        assertThat(AnswerCheck.unreliable(answer("I'm sorry, I can't do that.", FinishReason.LENGTH, -9.0), TEXT, emptyOnly)).isEmpty();
    }

    @Test
    void aRefusalWordLaterInTheAnswer_isNotARefusal() {
        assertThat(AnswerCheck.unreliable(answer("Paris. I'm sorry I can't say more about Lyon.", FinishReason.STOP, null), TEXT, ALL))
                .isEmpty();
    }

    private static ChatResult answer(String text, FinishReason reason, Double logprob) {
        return new ChatResult("small", text, List.of(), reason, new Usage(5, 5), logprob);
    }
}

package io.triage.backend.llama;

import de.kherud.llama.Pair;
import io.triage.chat.ContentPart;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.ToolCall;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChatPromptTest {

    @Test
    void of_joinsSystemAndDeveloperMessagesIntoTheSystemPrompt() {
        ChatPrompt prompt = ChatPrompt.of(List.of(
                Message.of(Role.SYSTEM, "Be brief."),
                Message.of(Role.DEVELOPER, "Answer in French."),
                Message.of(Role.USER, "Hello")));

        assertThat(prompt.system()).isEqualTo("Be brief.\n\nAnswer in French.");
        assertThat(prompt.turns()).containsExactly(new Pair<>("user", "Hello"));
    }

    @Test
    void of_writesToolCallsAndResultsAsText() {
        Message call = new Message(Role.ASSISTANT, List.of(), null,
                List.of(new ToolCall("call_1", "weather", "{\"city\":\"Oslo\"}")), null);
        Message result = new Message(Role.TOOL, List.of(ContentPart.text("rain")), "weather", List.of(), "call_1");

        ChatPrompt prompt = ChatPrompt.of(List.of(Message.of(Role.USER, "Weather?"), call, result));

        assertThat(prompt.turns()).containsExactly(
                new Pair<>("user", "Weather?"),
                new Pair<>("assistant", "[tool call call_1: weather({\"city\":\"Oslo\"})]"),
                new Pair<>("user", "[tool result for call call_1 (weather)]\nrain"));
    }

    @Test
    void of_whenRolesRepeat_joinsConsecutiveTurns() {
        ChatPrompt prompt = ChatPrompt.of(List.of(
                Message.of(Role.USER, "one"), Message.of(Role.USER, "two"), Message.of(Role.ASSISTANT, "three")));

        assertThat(prompt.turns()).containsExactly(new Pair<>("user", "one\n\ntwo"), new Pair<>("assistant", "three"));
    }

    @Test
    void render_passesEscapedMessagesToTheTemplateAndRestoresTheResult() {
        ChatPrompt prompt = ChatPrompt.of(List.of(Message.of(Role.USER, "hi \uD83C\uDF89")));

        String rendered = prompt.render(parameters -> {
            assertThat(parameters.toString()).doesNotContain("\uD83C\uDF89").contains("\"content\": \"hi \uE000\"");
            return "<|im_start|>user\nhi \uE000<|im_end|>\n";
        });

        assertThat(rendered).isEqualTo("<|im_start|>user\nhi \uD83C\uDF89<|im_end|>\n");
    }
}

package io.triage.classify;

import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.Tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the chat requests the classifier tests use. */
final class Requests {

    /** A coding agent's system prompt: long, and full of other tasks' keywords. */
    static final String AGENT_PROMPT = """
            You are Forge, an autonomous software engineering agent working inside the user's repository.
            You can read and write files, run shell commands and run the test suite with the tools provided.
            Guidelines:
            - Before changing code, read the relevant files and explain your plan in one or two sentences.
            - Write idiomatic Java 21 and Python 3.12; follow the existing code style; never commit secrets.
            - When a build fails, read the compiler error or stack trace carefully and fix the root cause.
            - Keep functions small. Add unit tests for every bug you fix and every feature you add.
            - When asked for a summary, summarize what you changed and why, citing file names.
            - If the user writes in another language, answer in that language; translate identifiers only
              when asked.
            - Classify each task you are given as a bugfix, a feature or a refactor before you start.
            - Extract TODO comments into the issue tracker when you find them.
            - Never rewrite git history. Do not run destructive commands such as rm -rf without asking.
            - Prefer small, reviewable pull requests; describe each one with a title and a short body.
            - You may be asked to answer questions about the codebase, write documentation, or reason
              about performance; be precise and show your reasoning step by step when it is not obvious.
            """;

    private static final Tool READ_FILE = new Tool("read_file", "Reads a file of the repository",
            Map.of("type", "object", "properties", Map.of("path", Map.of("type", "string"))), null);
    private static final Tool RUN = new Tool("run", "Runs a shell command in the repository",
            Map.of("type", "object", "properties", Map.of("command", Map.of("type", "string"))), null);

    private Requests() {
    }

    static ChatRequest user(String text) {
        return ChatRequest.of("auto", List.of(Message.of(Role.USER, text)));
    }

    static ChatRequest withSystem(String system, String text) {
        return ChatRequest.of("auto", List.of(Message.of(Role.SYSTEM, system), Message.of(Role.USER, text)));
    }

    /** Turns alternating user, assistant, user, ...; the last one is the user's. */
    static ChatRequest conversation(String... turns) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            messages.add(Message.of(i % 2 == 0 ? Role.USER : Role.ASSISTANT, turns[i]));
        }
        return ChatRequest.of("auto", messages);
    }

    /** The agent prompt, an earlier coding turn, tools, and a short last subtask. */
    static ChatRequest agent(String subtask) {
        List<Message> messages = List.of(
                Message.of(Role.SYSTEM, AGENT_PROMPT),
                Message.of(Role.USER, "The CI build is red since yesterday's merge."),
                Message.of(Role.ASSISTANT, "I read the build log: two tests in OrderServiceTest fail."),
                Message.of(Role.USER, subtask));
        return new ChatRequest("auto", messages, null, List.of(READ_FILE, RUN), null, null, null, false, false,
                null, null);
    }
}

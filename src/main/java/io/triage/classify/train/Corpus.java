package io.triage.classify.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.chat.Tool;
import io.triage.classify.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the corpus's JSON Lines files ({@code {"task", "messages", "tools"}} per line) into examples. */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Tool AGENT_TOOL = new Tool("lookup", "A tool an agent offers", Map.of("type", "object"), null);

    private Corpus() {
    }

    /** Every example in the {@code *.jsonl} files of {@code dir}, in file-name order. */
    public static List<Example> read(Path dir) {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                examples.addAll(readFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + dir, e);
        }
        return examples;
    }

    static List<Example> readFile(Path file) throws IOException {
        List<Example> examples = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            Task task = Task.fromWire(node.path("task").asText())
                    .orElseThrow(() -> new IllegalArgumentException(file + ":" + node.path("task") + " is not a task"));
            List<Message> messages = new ArrayList<>();
            for (JsonNode message : node.path("messages")) {
                Role role = Role.fromWire(message.path("role").asText()).orElse(Role.USER);
                messages.add(Message.of(role, message.path("content").asText()));
            }
            if (messages.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + lineNumber + " has no messages");
            }
            List<Tool> tools = node.path("tools").asBoolean(false) ? List.of(AGENT_TOOL) : List.of();
            ChatRequest request = new ChatRequest("auto", messages, null, tools, null, null, null, false, false, null, null);
            examples.add(new Example(task, request, dir(file) + "/" + file.getFileName()));
        }
        return examples;
    }

    private static String dir(Path file) {
        return "corpus/" + file.getParent().getFileName();
    }
}

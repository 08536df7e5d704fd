package io.triage.classify.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.classify.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Turns the raw public data of {@code ../shared/data} (train splits only) into labelled requests:
 * texts are wrapped in the corpus's instruction templates, and a few CLINC150 intents that are
 * themselves one of Triage's tasks ("translate", "calculator", "definition", ...) are used as they
 * are, and so are the Self-Instruct seed tasks labelled in {@code self_instruct_tasks.tsv}. Sampling
 * is seeded; sizes are per source.
 */
public final class RawData {

    /** CLINC150 intents whose utterances are themselves requests of one of Triage's tasks. */
    static final Map<String, Task> CLINC_TASKS = Map.of(
            "translate", Task.TRANSLATION, "calculator", Task.MATH, "definition", Task.SHORT_QA,
            "spelling", Task.SHORT_QA, "fun_fact", Task.SHORT_QA, "tell_joke", Task.CREATIVE_WRITING,
            "meaning_of_life", Task.OPEN_QA);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data;
    private final Path templates;
    private final Random random;

    public RawData(Path sharedData, Path templates, long seed) {
        this.data = sharedData;
        this.templates = templates;
        this.random = new Random(seed);
    }

    /** All examples drawn from the raw data; empty when the shared data is absent. */
    public List<Example> examples(int perSource) {
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        List<Example> examples = new ArrayList<>();
        examples.addAll(wrap(Task.SENTIMENT, texts(tsv("classification/SST-2/train.tsv")), perSource, "shared/SST-2"));
        for (String source : List.of("clinc", "banking", "snips", "stackoverflow")) {
            examples.addAll(classify(tsv("classification/" + source + "/train.tsv"), perSource / 2, "shared/" + source));
        }
        examples.addAll(wrap(Task.EXTRACTION, texts(tsv("classification/banking/train.tsv")), perSource / 2, "shared/banking"));
        examples.addAll(wrap(Task.EXTRACTION, texts(tsv("classification/clinc/train.tsv")), perSource / 3, "shared/clinc"));
        examples.addAll(wrap(Task.CODE, texts(tsv("classification/stackoverflow/train.tsv")), perSource, "shared/stackoverflow"));
        examples.addAll(wrap(Task.MATH, jsonl("math/gsm8k_train.jsonl", n -> n.path("question").asText()), perSource, "shared/gsm8k"));
        examples.addAll(wrap(Task.MATH, jsonl("math/svamp.jsonl", n -> n.path("Body").asText() + " " + n.path("Question").asText()),
                perSource / 3, "shared/svamp"));
        examples.addAll(wrap(Task.MATH, jsonl("math/mawps.jsonl", n -> n.path("input").asText()), perSource / 3, "shared/mawps"));
        examples.addAll(clincTasks(tsv("classification/clinc/train.tsv"), perSource / 6));
        examples.addAll(selfInstruct());
        return examples;
    }

    private List<Example> wrap(Task task, List<String> texts, int count, String source) {
        List<String> forms = templates(task);
        List<Example> examples = new ArrayList<>();
        for (String text : sample(texts, count)) {
            String form = forms.get(random.nextInt(forms.size()));
            examples.add(example(task, form.replace("{text}", text.strip()), source));
        }
        return examples;
    }

    private List<Example> classify(List<String[]> rows, int count, String source) {
        List<String> labels = rows.stream().map(r -> r[1].replace('_', ' ')).distinct().toList();
        List<String> forms = templates(Task.CLASSIFICATION);
        List<Example> examples = new ArrayList<>();
        for (String[] row : sample(rows, count)) {
            List<String> options = new ArrayList<>(sample(labels, 3 + random.nextInt(6)));
            String truth = row[1].replace('_', ' ');
            if (!options.contains(truth)) {
                options.set(0, truth);
            }
            Collections.shuffle(options, random);
            String form = forms.get(random.nextInt(forms.size()));
            examples.add(example(Task.CLASSIFICATION, form.replace("{labels}", String.join(", ", options))
                    .replace("{text}", row[0].strip()), source));
        }
        return examples;
    }

    private List<Example> clincTasks(List<String[]> rows, int perIntent) {
        List<Example> examples = new ArrayList<>();
        CLINC_TASKS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(intent -> {
            List<String> texts = rows.stream().filter(r -> r[1].equals(intent.getKey())).map(r -> r[0]).toList();
            sample(texts, perIntent).forEach(text -> examples.add(example(intent.getValue(), text, "shared/clinc:" + intent.getKey())));
        });
        return examples;
    }

    /** The Self-Instruct seed tasks labelled in {@code templates/self_instruct_tasks.tsv}, each with its inputs. */
    private List<Example> selfInstruct() {
        Map<String, Task> labels = new HashMap<>();
        for (String[] cols : lines(templates.resolve("self_instruct_tasks.tsv"))) {
            labels.put(cols[0], Task.fromWire(cols[1]).orElseThrow(() -> new IllegalArgumentException("not a task: " + cols[1])));
        }
        List<Example> examples = new ArrayList<>();
        for (JsonNode seed : jsonl("instructions/self_instruct_seed_tasks.jsonl", n -> n)) {
            Task task = labels.get(seed.path("id").asText());
            for (JsonNode instance : task == null ? List.<JsonNode>of() : seed.path("instances")) {
                String input = instance.path("input").asText().strip();
                String instruction = seed.path("instruction").asText().strip();
                examples.add(example(task, input.isEmpty() ? instruction : instruction + "\n\n" + input, "shared/self-instruct"));
            }
        }
        return examples;
    }

    private static Example example(Task task, String text, String source) {
        return new Example(task, ChatRequest.of("auto", List.of(Message.of(Role.USER, text))), source);
    }

    private <T> List<T> sample(List<T> items, int count) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private List<String> templates(Task task) {
        try {
            return Files.readAllLines(templates.resolve(task.wireName() + ".txt")).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no templates for " + task.wireName() + " in " + templates, e);
        }
    }

    private List<String[]> tsv(String file) {
        try {
            return Files.readAllLines(data.resolve(file)).stream().skip(1)
                    .map(line -> line.split("\t"))
                    .filter(cols -> cols.length == 2 && !cols[0].isBlank() && !cols[0].startsWith("\""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> texts(List<String[]> rows) {
        return rows.stream().map(r -> r[0]).toList();
    }

    private static List<String[]> lines(Path tsv) {
        try {
            return Files.readAllLines(tsv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
    }

    private <T> List<T> jsonl(String file, Function<JsonNode, T> field) {
        try {
            List<T> texts = new ArrayList<>();
            for (String line : Files.readAllLines(data.resolve(file))) {
                if (!line.isBlank()) {
                    texts.add(field.apply(JSON.readTree(line)));
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package io.triage.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading the YAML files of a rules or policy directory. */
public final class YamlFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFiles() {
    }

    /** The {@code .yaml} and {@code .yml} files directly in {@code dir}, sorted by name. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleException(dir + ": not a directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RuleException(dir + ": cannot list files: " + e.getMessage(), e);
        }
    }

    /** The file's content as a tree; an empty file is an empty map. */
    public static JsonNode read(Path file) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || root.isMissingNode() || root.isNull()) {
                return YAML.createObjectNode();
            }
            if (!root.isObject()) {
                throw new RuleException(file + ": the top level must be a map");
            }
            return root;
        } catch (IOException e) {
            throw new RuleException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    /** Checks the file's {@code version} key. */
    public static int version(JsonNode root, Path file, int supported) {
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt()) {
            throw RuleException.at(file.toString(), null, "version", "missing or not a whole number (expected " + supported + ")");
        }
        if (version.asInt() != supported) {
            throw RuleException.at(file.toString(), null, "version", "unsupported version " + version.asInt()
                    + " (this build reads " + supported + ")");
        }
        return version.asInt();
    }
}

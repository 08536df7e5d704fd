package io.triage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/** Prints a JMH JSON result file as a Markdown table: mean, p50 and p99 for sample-time runs, ops/s for throughput. */
public final class JmhSummary {

    private JmhSummary() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(new File(args[0]));
        StringBuilder out = new StringBuilder();
        out.append("Measured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", from ").append(args[0]).append("\n\n");
        out.append("| benchmark | params | threads | mean | p50 | p99 | unit |\n|---|---|---|---|---|---|---|\n");
        for (JsonNode run : runs) {
            String name = run.path("benchmark").asText().replaceFirst(".*\\.", "");
            JsonNode metric = run.path("primaryMetric");
            JsonNode percentiles = metric.path("scorePercentiles");
            boolean sampled = run.path("mode").asText().equals("sample");
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %s | %s | %s |%n", name,
                    run.path("params").toString().replaceAll("[{}\"]", ""), run.path("threads").asInt(),
                    metric.path("score").asDouble(),
                    sampled ? String.format(Locale.ROOT, "%.3f", percentiles.path("50.0").asDouble()) : "",
                    sampled ? String.format(Locale.ROOT, "%.3f", percentiles.path("99.0").asDouble()) : "",
                    metric.path("scoreUnit").asText()));
        }
        System.out.print(out);
    }
}

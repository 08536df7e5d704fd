package io.triage.classify.train;

import io.triage.classify.Task;

import java.util.List;
import java.util.Locale;

/**
 * Accuracy, per-task F1 and the confusion matrix of a set of predictions, over the 13 tasks.
 *
 * @param truth     true labels
 * @param predicted predicted labels, same order
 */
public record Metrics(List<Task> truth, List<Task> predicted) {

    public Metrics {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
    }

    public double accuracy() {
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            right += truth.get(i) == predicted.get(i) ? 1 : 0;
        }
        return truth.isEmpty() ? 0 : (double) right / truth.size();
    }

    /** counts[true][predicted]. */
    public int[][] confusion() {
        int n = Task.values().length;
        int[][] counts = new int[n][n];
        for (int i = 0; i < truth.size(); i++) {
            counts[truth.get(i).ordinal()][predicted.get(i).ordinal()]++;
        }
        return counts;
    }

    public double f1(Task task) {
        int[][] c = confusion();
        int k = task.ordinal();
        int tp = c[k][k];
        int predictedK = 0;
        int actualK = 0;
        for (int j = 0; j < c.length; j++) {
            predictedK += c[j][k];
            actualK += c[k][j];
        }
        double precision = predictedK == 0 ? 0 : (double) tp / predictedK;
        double recall = actualK == 0 ? 0 : (double) tp / actualK;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The unweighted mean of the per-task F1 over the tasks that occur in the truth. */
    public double macroF1() {
        double sum = 0;
        int tasks = 0;
        for (Task task : Task.values()) {
            if (truth.contains(task)) {
                sum += f1(task);
                tasks++;
            }
        }
        return tasks == 0 ? 0 : sum / tasks;
    }

    /** The confusion matrix as a fixed-width table, rows true, columns predicted. */
    public String confusionTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-17s", "true \\ predicted"));
        for (Task task : Task.values()) {
            out.append(String.format(Locale.ROOT, "%6.6s", abbreviation(task)));
        }
        out.append('\n');
        int[][] c = confusion();
        for (Task row : Task.values()) {
            out.append(String.format(Locale.ROOT, "%-17s", row.wireName()));
            for (Task column : Task.values()) {
                out.append(String.format(Locale.ROOT, "%6d", c[row.ordinal()][column.ordinal()]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String abbreviation(Task task) {
        String name = task.wireName();
        return name.length() <= 5 ? name : name.substring(0, 5);
    }
}

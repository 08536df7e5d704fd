package io.triage.classify;

import java.util.EnumMap;
import java.util.Map;

/**
 * How hard a request looks, in [0, 1]: a base per task (a proof is harder than a sentiment label),
 * plus the message's length on a log scale, plus markers of work: reasoning keywords, maths
 * notation, code, stack traces, several sub-questions, a long conversation, tools.
 */
final class Complexity {

    private static final Map<Task, Double> BASE = new EnumMap<>(Map.ofEntries(
            Map.entry(Task.SENTIMENT, 0.0), Map.entry(Task.SHORT_QA, 0.0), Map.entry(Task.CLASSIFICATION, 0.05),
            Map.entry(Task.COMPLETION, 0.05), Map.entry(Task.EXTRACTION, 0.1), Map.entry(Task.TRANSLATION, 0.1),
            Map.entry(Task.REWRITE, 0.1), Map.entry(Task.SUMMARIZATION, 0.15),
            Map.entry(Task.CREATIVE_WRITING, 0.15), Map.entry(Task.OPEN_QA, 0.2), Map.entry(Task.MATH, 0.3),
            Map.entry(Task.CODE, 0.3), Map.entry(Task.REASONING, 0.4)));
    /** A message of this many tokens gets the full length share. */
    private static final double LONG_MESSAGE = 4_000;
    private static final double LENGTH_SHARE = 0.3;

    private Complexity() {
    }

    static double of(Features f, Task task) {
        double length = LENGTH_SHARE * Math.min(1, Math.log1p(f.tokens()) / Math.log1p(LONG_MESSAGE));
        double reasoning = f.keywords().stream()
                .filter(hit -> hit.task() == Task.REASONING)
                .mapToDouble(Features.Hit::weight)
                .sum();
        double markers = Math.min(0.15, 0.03 * reasoning)
                + Math.min(0.15, 0.03 * f.mathMarks())
                + Math.min(0.1, 0.02 * f.codeLines())
                + (f.stackTrace() ? 0.1 : 0)
                + (f.wordProblem() ? 0.05 : 0)
                + Math.min(0.15, 0.05 * Math.max(0, f.parts() - 1))
                + Math.min(0.1, 0.02 * Math.max(0, f.userTurns() - 1))
                + (f.tools() ? 0.1 : 0);
        return Math.max(0, Math.min(1, BASE.get(task) + length + markers));
    }
}

package io.triage.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The votes for each task that the heuristic classifier collects from {@link Features}, and the
 * scores they add up to. Within a task the strongest vote counts in full and the others at half,
 * so a pile of weak hints does not outvote one explicit instruction; context votes add at most
 * {@value #CONTEXT_CAP}.
 */
final class Evidence {

    private static final double CONTEXT_CAP = 1.5;
    private static final double DEFAULT_OPEN_QA = 0.3;
    /** Tokens beyond which a message counts as a long text. */
    private static final int LONG_TEXT = 200;

    /** One vote, with the reason shown to the user. */
    record Vote(Task task, double weight, String reason) {
    }

    private final List<Vote> votes = new ArrayList<>();
    private final Map<Task, Double> context = new EnumMap<>(Task.class);

    static Evidence of(Features f) {
        Evidence evidence = new Evidence();
        for (Features.Hit hit : f.keywords()) {
            evidence.vote(hit.task(), hit.weight(), "keyword '" + hit.phrase() + "'");
        }
        for (Features.Hit hit : f.context()) {
            evidence.context.merge(hit.task(), hit.weight(), Double::sum);
        }
        evidence.structure(f);
        return evidence;
    }

    private void vote(Task task, double weight, String reason) {
        votes.add(new Vote(task, weight, reason));
    }

    private void structure(Features f) {
        boolean code = f.codeFences() > 0 || f.codeLines() >= 2 || f.stackTrace();
        codeShape(f);
        if (f.mathMarks() > 0 && !code) {
            // In a long pasted text, numbers and symbols are more likely material than a problem.
            double weight = Math.min(3.5, 2 + 0.5 * f.mathMarks()) * (f.tokens() > LONG_TEXT ? 0.5 : 1);
            vote(Task.MATH, weight, "maths notation");
        }
        if (f.wordProblem()) {
            vote(Task.MATH, 3.5, "word problem (" + f.numbers() + " numbers)");
        }
        // Question form and an unfinished ending are priors: an explicit instruction overrides them.
        double instruction = strongestKeyword(f);
        if (f.question() && instruction < 2 && f.mathMarks() == 0 && !f.wordProblem() && !code) {
            questionForm(f);
        }
        if (f.endsOpen() && !f.question()) {
            vote(Task.COMPLETION, instruction < 2.5 ? 2.5 : 1, "ends mid-sentence");
        } else if (f.unterminated() && instruction < 1.5 && f.codeLines() == 0 && f.parts() == 0) {
            vote(Task.COMPLETION, 0.9, "no closing punctuation");
        }
        if (f.wantsJson()) {
            vote(Task.EXTRACTION, 0.7, "JSON response format");
        }
        vote(Task.OPEN_QA, DEFAULT_OPEN_QA, "default");
    }

    private void codeShape(Features f) {
        if (f.codeFences() > 0) {
            vote(Task.CODE, 3, "code fence");
        }
        if (f.codeLines() > 0) {
            vote(Task.CODE, f.codeLines() >= 3 ? 2.5 : 1.2, "code-like syntax (" + f.codeLines() + " lines)");
        }
        if (f.stackTrace()) {
            vote(Task.CODE, 3, "stack trace");
        }
        if (f.inlineCode() > 0) {
            vote(Task.CODE, 1, "inline code");
        }
    }

    private static double strongestKeyword(Features f) {
        return f.keywords().stream()
                .filter(hit -> hit.task() != Task.SHORT_QA)
                .mapToDouble(Features.Hit::weight)
                .max()
                .orElse(0);
    }

    /** A short question, or a few words with a question mark ("Author of Middlemarch?"), wants a fact. */
    private void questionForm(Features f) {
        if (f.tokens() <= 14 && (f.questionStart() || f.tokens() <= 12)) {
            vote(Task.SHORT_QA, 1.5, "short question");
        } else if (f.tokens() <= 30) {
            vote(Task.SHORT_QA, 0.5, "short question");
            vote(Task.OPEN_QA, 0.5, "question");
        } else {
            vote(Task.OPEN_QA, 1, "long question");
        }
    }

    /** The task's score: its strongest vote, half of the others, and its capped context. */
    /** Every task's score, indexed by {@link Task#ordinal()}. */
    double[] scores() {
        double[] scores = new double[Task.values().length];
        for (Task task : Task.values()) {
            scores[task.ordinal()] = score(task);
        }
        return scores;
    }

    double score(Task task) {
        double max = 0;
        double sum = 0;
        for (Vote vote : votes) {
            if (vote.task() == task) {
                max = Math.max(max, vote.weight());
                sum += vote.weight();
            }
        }
        return max + 0.5 * (sum - max) + Math.min(CONTEXT_CAP, context.getOrDefault(task, 0.0));
    }

    /** The reasons for a task, strongest first. */
    List<String> reasons(Task task, int limit) {
        List<String> reasons = new ArrayList<>();
        votes.stream()
                .filter(vote -> vote.task() == task)
                .sorted(Comparator.comparingDouble(Vote::weight).reversed())
                .limit(limit)
                .forEach(vote -> reasons.add(vote.reason() + " → " + task.wireName()));
        if (context.getOrDefault(task, 0.0) > 0 && reasons.size() < limit) {
            reasons.add("earlier turns or system prompt → " + task.wireName());
        }
        return reasons;
    }
}

package io.triage.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cheap, hand-made inputs of the trained head, next to the sentence embedding: the heuristic
 * classifier's score for every task and the request's structure (size, code, maths, questions,
 * turns, tools, JSON). Counts are log-scaled so that one huge request does not dominate.
 */
public final class TaskFeatures {

    /** The feature names, in vector order. */
    public static final List<String> NAMES = names();

    private TaskFeatures() {
    }

    /** The cheap feature vector of a request, from its extracted features and heuristic scores. */
    public static float[] vector(Features f, double[] scores) {
        float[] v = new float[NAMES.size()];
        int i = 0;
        for (double score : scores) {
            v[i++] = (float) score;
        }
        v[i++] = log(f.tokens());
        v[i++] = log(f.requestTokens());
        v[i++] = log(f.lines());
        v[i++] = flag(f.codeFences() > 0);
        v[i++] = log(f.codeLines());
        v[i++] = log(f.inlineCode());
        v[i++] = flag(f.stackTrace());
        v[i++] = log(f.mathMarks());
        v[i++] = log(f.numbers());
        v[i++] = flag(f.wordProblem());
        v[i++] = flag(f.question());
        v[i++] = flag(f.questionStart());
        v[i++] = log(f.parts());
        v[i++] = flag(f.endsOpen());
        v[i++] = flag(f.unterminated());
        v[i++] = log(f.userTurns());
        v[i++] = flag(f.tools());
        v[i] = flag(f.wantsJson());
        return v;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Task task : Task.values()) {
            names.add("score." + task.wireName());
        }
        names.addAll(List.of("log_tokens", "log_request_tokens", "log_lines", "code_fence", "log_code_lines",
                "log_inline_code", "stack_trace", "log_math_marks", "log_numbers", "word_problem", "question",
                "question_start", "log_parts", "ends_open", "unterminated", "log_user_turns", "tools", "wants_json"));
        return Collections.unmodifiableList(names);
    }

    private static float log(int count) {
        return (float) Math.log1p(Math.max(0, count));
    }

    private static float flag(boolean value) {
        return value ? 1f : 0f;
    }
}

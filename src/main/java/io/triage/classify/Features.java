package io.triage.classify;

import java.util.List;
import java.util.Objects;

/**
 * Cheap features of a request, taken from its last user message (the "message") unless said
 * otherwise. {@link FeatureExtractor} computes them; {@link HeuristicClassifier} scores them.
 *
 * @param requestTokens  estimated prompt tokens of the whole request
 * @param tokens         estimated tokens of the message
 * @param chars          characters of the message
 * @param lines          lines of the message
 * @param codeFences     fenced code blocks ({@code ```}) in the message
 * @param codeLines      lines that look like source code
 * @param inlineCode     inline code spans ({@code `x`})
 * @param stackTrace     whether the message holds a stack trace or a compiler error
 * @param mathMarks      pieces of maths notation: arithmetic between numbers, powers, equations, symbols
 * @param numbers        numbers in the message
 * @param wordProblem    whether a short message asks for a quantity ("how many", "calculate") with
 *                       at least two numbers to work from
 * @param question       whether the message ends with a question mark
 * @param questionStart  whether it starts like a question (a wh-word or an auxiliary verb)
 * @param parts          sub-questions and numbered items: more means a multi-part request
 * @param endsOpen       whether the message stops mid-sentence or on an ellipsis
 * @param unterminated   whether the message is a few words or more with no closing punctuation and
 *                       does not start like a question
 * @param userTurns      user messages in the conversation
 * @param tools          whether the request offers tools or carries tool calls
 * @param wantsJson      whether the request asks for a JSON response format
 * @param keywords       instruction keywords found in the message, weighted by where they stand
 * @param context        instruction keywords found in the system prompt and earlier user turns,
 *                       already down-weighted
 */
public record Features(int requestTokens, int tokens, int chars, int lines, int codeFences, int codeLines,
                       int inlineCode, boolean stackTrace, int mathMarks, int numbers, boolean wordProblem,
                       boolean question, boolean questionStart, int parts, boolean endsOpen,
                       boolean unterminated, int userTurns, boolean tools, boolean wantsJson, List<Hit> keywords,
                       List<Hit> context) {

    public Features {
        keywords = List.copyOf(keywords);
        context = List.copyOf(context);
    }

    /**
     * One keyword that voted for a task.
     *
     * @param task   the task it votes for
     * @param weight how strongly, after weighting by position or context
     * @param phrase the text that matched, as written, shortened to a few words
     */
    public record Hit(Task task, double weight, String phrase) {

        public Hit {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(phrase, "phrase");
        }
    }
}

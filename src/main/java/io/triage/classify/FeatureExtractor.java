package io.triage.classify;

import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the {@link Features} of a request. The message judged is the last user message, or the
 * last message of any role when there is none; {@link KeywordScanner} weighs its keywords by where
 * they stand. The system prompt and the two user turns before the message count as context, at a
 * quarter and a half of their weight. Thread-safe.
 */
public final class FeatureExtractor {

    private static final double SYSTEM_FACTOR = 0.25;
    private static final double EARLIER_TURN_FACTOR = 0.5;
    private static final int EARLIER_TURNS = 2;
    private static final int WORD_PROBLEM_CHARS = 800;

    private final TokenEstimator tokenEstimator;

    public FeatureExtractor() {
        this(new TokenEstimator());
    }

    public FeatureExtractor(TokenEstimator tokenEstimator) {
        this.tokenEstimator = tokenEstimator;
    }

    /** The features of a request. */
    public Features extract(ChatRequest request) {
        List<Message> messages = request.messages();
        int judged = judgedMessage(messages);
        String text = judged < 0 ? "" : messages.get(judged).text();
        int fences = TextShape.codeFences(text);
        int numbers = TextShape.numbers(text);
        int userTurns = (int) messages.stream().filter(message -> message.role() == Role.USER).count();
        return new Features(tokenEstimator.estimate(request), tokenEstimator.estimate(text), text.length(),
                lines(text), fences, TextShape.codeLines(text), TextShape.inlineCode(text),
                TextShape.stackTrace(text), TextShape.mathMarks(text), numbers,
                fences == 0 && wordProblem(text, numbers), text.stripTrailing().endsWith("?"),
                Phrasing.questionStart(text), Phrasing.parts(text), Phrasing.endsOpen(text),
                Phrasing.unterminated(text), userTurns, request.involvesTools(),
                request.responseFormat().wantsJson(), KeywordScanner.scan(text, 1, true),
                context(messages, judged));
    }

    private static int lines(String text) {
        int lines = text.isEmpty() ? 0 : 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }

    /**
     * A short message with numbers to work from and a quantity asked for, or a shorter one with
     * three numbers and a question. Long texts full of numbers are material (reports, logs).
     */
    private static boolean wordProblem(String text, int numbers) {
        return text.length() <= WORD_PROBLEM_CHARS && numbers >= 2 && TextShape.quantityQuestion(text)
                || text.length() <= WORD_PROBLEM_CHARS / 2 && numbers >= 3 && text.stripTrailing().endsWith("?");
    }

    private static int judgedMessage(List<Message> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) {
                return i;
            }
        }
        return messages.size() - 1;
    }

    private static List<Features.Hit> context(List<Message> messages, int target) {
        List<Features.Hit> hits = new ArrayList<>();
        int earlierTurns = 0;
        for (int i = target - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (message.role().isInstruction()) {
                hits.addAll(KeywordScanner.scan(message.text(), SYSTEM_FACTOR, false));
            } else if (message.role() == Role.USER && earlierTurns++ < EARLIER_TURNS) {
                hits.addAll(KeywordScanner.scan(message.text(), EARLIER_TURN_FACTOR, false));
            }
        }
        return hits;
    }
}

package io.triage.classify;

import static io.triage.classify.Requests.conversation;
import static io.triage.classify.Requests.user;
import static io.triage.classify.Requests.withSystem;
import static org.assertj.core.api.Assertions.assertThat;

import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.ResponseFormat;
import io.triage.chat.Role;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private final FeatureExtractor extractor = new FeatureExtractor();

    @Test
    void extract_whenCodeFence_countsFenceAndCodeLines() {
        Features features = extractor.extract(user("Why?\n```java\nint x = compute();\nif (x > 3) {\n"
                + "    return;\n}\n```"));

        assertThat(features.codeFences()).isEqualTo(1);
        assertThat(features.codeLines()).isGreaterThanOrEqualTo(3);
        assertThat(features.lines()).isEqualTo(7);
    }

    @Test
    void extract_whenProse_findsNoCode() {
        Features features = extractor.extract(user("Select the best option for a family of four. We"
                + " want something cheap, safe and close to school."));

        assertThat(features.codeLines()).isZero();
        assertThat(features.stackTrace()).isFalse();
    }

    @Test
    void extract_whenPythonTraceback_flagsStackTrace() {
        Features features = extractor.extract(user("Traceback (most recent call last):\n  File \"a.py\","
                + " line 3, in <module>\nZeroDivisionError: division by zero"));

        assertThat(features.stackTrace()).isTrue();
    }

    @Test
    void extract_whenArithmeticAndEquation_countsMathMarks() {
        assertThat(extractor.extract(user("Solve 3x + 7 = 22 and then 12 * 4")).mathMarks()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void extract_whenDateLooksLikeFraction_findsNoMaths() {
        assertThat(extractor.extract(user("The invoice is due on 30/09/2024.")).mathMarks()).isZero();
    }

    @Test
    void extract_whenQuantityAskedWithNumbers_isWordProblem() {
        Features features = extractor.extract(user("Tom has 12 apples and gives away 5. How many are left?"));

        assertThat(features.numbers()).isEqualTo(2);
        assertThat(features.wordProblem()).isTrue();
    }

    @Test
    void extract_whenNumbersAreQuotedMaterial_isNoWordProblem() {
        Features features = extractor.extract(user("What is the total on this receipt? \"Coffee 3.50, Cake 4.20,"
                + " Total 7.70\""));

        assertThat(features.numbers()).isZero();
        assertThat(features.wordProblem()).isFalse();
    }

    @Test
    void extract_whenTextStopsMidSentence_isOpen() {
        assertThat(extractor.extract(user("The best thing about summer is the")).endsOpen()).isTrue();
        assertThat(extractor.extract(user("Our mission is to make")).endsOpen()).isTrue();
        assertThat(extractor.extract(user("Summer is great.")).endsOpen()).isFalse();
    }

    @Test
    void extract_whenQuestion_notesFormAndParts() {
        Features features = extractor.extract(user("Who wrote Dune? And when?"));

        assertThat(features.question()).isTrue();
        assertThat(features.questionStart()).isTrue();
        assertThat(features.parts()).isEqualTo(2);
    }

    @Test
    void extract_whenInstructionOpensMessage_weighsItMoreThanInTheMiddle() {
        double opening = weightOf("translate", extractor.extract(user("Please translate this for me: hello")));
        double middle = weightOf("translate", extractor.extract(user("I wonder, could it be good to translate"
                + " this for me, or not, as you see fit, my friend")));

        assertThat(opening).isGreaterThan(middle);
    }

    @Test
    void extract_whenKeywordIsInsideQuotes_halvesIt() {
        double quoted = weightOf("summarize", extractor.extract(user("Fix the typo in: \"Please summarize\"")));

        assertThat(quoted).isEqualTo(3.5 * 0.5);
    }

    @Test
    void extract_whenLongDocumentIsPasted_ignoresKeywordsInItsMiddle() {
        String filler = "The weather was mild and the river ran slowly past the mill. ".repeat(40);
        Features features = extractor.extract(user("Summarize this:\n" + filler + "Translate it into French. "
                + filler));

        assertThat(features.keywords()).extracting(Features.Hit::task).contains(Task.SUMMARIZATION)
                .doesNotContain(Task.TRANSLATION);
    }

    @Test
    void extract_whenSystemPromptHasKeywords_keepsThemAsWeakContext() {
        Features features = extractor.extract(withSystem("You are a translator.", "Good morning, everyone."));

        assertThat(features.keywords()).isEmpty();
        assertThat(weightOf("translat", features.context())).isEqualTo(3.5 * 0.25);
    }

    @Test
    void extract_whenConversation_judgesLastUserTurnAndCountsTurns() {
        Features features = extractor.extract(conversation("Summarize this: ...", "Done.", "Thanks! Now a haiku"
                + " about it."));

        assertThat(features.userTurns()).isEqualTo(2);
        assertThat(features.keywords()).extracting(Features.Hit::task).contains(Task.CREATIVE_WRITING);
        assertThat(features.context()).extracting(Features.Hit::task).contains(Task.SUMMARIZATION);
    }

    @Test
    void extract_whenNoUserMessage_judgesTheLastMessage() {
        Features features = extractor.extract(ChatRequest.of("auto", List.of(Message.of(Role.SYSTEM,
                "Classify the text."))));

        assertThat(features.keywords()).extracting(Features.Hit::task).contains(Task.CLASSIFICATION);
    }

    @Test
    void extract_whenToolsAndJsonFormat_flagsBoth() {
        ChatRequest request = Requests.agent("List the files.");
        ChatRequest json = new ChatRequest("auto", List.of(Message.of(Role.USER, "Name and age of Ann, 31")),
                null, null, null, new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, null, null), null,
                false, false, null, null);

        assertThat(extractor.extract(request).tools()).isTrue();
        assertThat(extractor.extract(request).requestTokens()).isGreaterThan(extractor.extract(request).tokens());
        assertThat(extractor.extract(json).wantsJson()).isTrue();
    }

    private static double weightOf(String phraseStart, List<Features.Hit> hits) {
        return hits.stream()
                .filter(hit -> hit.phrase().toLowerCase().startsWith(phraseStart))
                .mapToDouble(Features.Hit::weight)
                .max()
                .orElse(0);
    }

    private static double weightOf(String phraseStart, Features features) {
        return weightOf(phraseStart, features.keywords());
    }
}

package io.triage.classify;

import static io.triage.classify.Requests.agent;
import static io.triage.classify.Requests.conversation;
import static io.triage.classify.Requests.user;
import static io.triage.classify.Requests.withSystem;
import static org.assertj.core.api.Assertions.assertThat;

import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeuristicClassifierTest {

    private final HeuristicClassifier classifier = new HeuristicClassifier();

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void classify_whenRealisticRequest_predictsItsTask(Task expected, String label, ChatRequest request) {
        Classification result = classifier.classify(request);

        assertThat(result.task()).as("%s, reasons %s", label, result.reasons()).isEqualTo(expected);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(Task.SENTIMENT, "terse", user("sentiment? \"the update broke everything, again\"")),
                Arguments.of(Task.SENTIMENT, "text first", user("\"Delivery was quick and the courier was"
                        + " friendly.\" Is that a positive or a negative review?")),
                Arguments.of(Task.SENTIMENT, "with system prompt", withSystem("You label customer feedback.",
                        "How does the customer feel? \"I've waited 40 minutes on hold, this is ridiculous.\"")),
                Arguments.of(Task.SENTIMENT, "polite", user("Could you please tell me whether this tweet is happy"
                        + " or sad? \"My dog passed away this morning.\"")),
                Arguments.of(Task.SENTIMENT, "agent subtask", agent("Score the sentiment of the ticket body"
                        + " from -1 to 1.")),

                Arguments.of(Task.CLASSIFICATION, "options first", user("Categories: bug, billing, feature."
                        + " Which one fits: \"I'd love an export to CSV button.\"")),
                Arguments.of(Task.CLASSIFICATION, "terse", user("classify: 'Lakers win in overtime' -> sports,"
                        + " politics or tech")),
                Arguments.of(Task.CLASSIFICATION, "with system prompt", withSystem("You are an email triage bot.",
                        "Is this email spam or not? \"You won a free cruise, reply with your bank details.\"")),
                Arguments.of(Task.CLASSIFICATION, "multi-turn", conversation(
                        "I run a help desk and get lots of tickets.", "Happy to help with your tickets.",
                        "Assign one of these labels to this ticket: hardware, software, network. \"Printer on"
                                + " floor 3 is jammed.\"")),
                Arguments.of(Task.CLASSIFICATION, "agent subtask", agent("Classify the user's request into"
                        + " one of: refactor, bugfix, docs.")),

                Arguments.of(Task.EXTRACTION, "instruction first", user("Extract the names and ages from:"
                        + " \"Lena (29) and her brother Omar (35) joined the club in May.\"")),
                Arguments.of(Task.EXTRACTION, "text first", user("Meeting moved to 14 March, venue Hotel Astoria,"
                        + " contact j.doe@corp.com.\n\nPull out the date, venue and email as JSON.")),
                Arguments.of(Task.EXTRACTION, "with json schema words", withSystem("Reply with JSON only.",
                        "Return a JSON object with fields city and temperature from: \"Oslo is at -3 C today.\"")),
                Arguments.of(Task.EXTRACTION, "polite", user("Would you list all the email addresses mentioned in"
                        + " this thread for me? From: ana@x.io To: bo@y.com Cc: cy@z.org")),
                Arguments.of(Task.EXTRACTION, "agent subtask", agent("Extract every file path mentioned in the"
                        + " stack trace the user pasted.")),

                Arguments.of(Task.SHORT_QA, "terse", user("capital of canada?")),
                Arguments.of(Task.SHORT_QA, "polite", user("Hi! Could you tell me who invented the telephone?")),
                Arguments.of(Task.SHORT_QA, "with system prompt", withSystem("You are a helpful assistant.",
                        "When did the Titanic sink?")),
                Arguments.of(Task.SHORT_QA, "multi-turn", conversation("Let's do some trivia.", "Sure, go ahead!",
                        "Which element has the atomic number 1?")),
                Arguments.of(Task.SHORT_QA, "agent subtask", agent("What is the capital of Portugal?")),

                Arguments.of(Task.COMPLETION, "bare fragment", user("The three laws of thermodynamics state that")),
                Arguments.of(Task.COMPLETION, "instruction", user("Complete the sentence: A friend in need is")),
                Arguments.of(Task.COMPLETION, "ellipsis", user("She looked at the map one last time and...")),
                Arguments.of(Task.COMPLETION, "with system prompt", withSystem("You are an autocomplete engine.",
                        "Thank you for reaching out. Unfortunately, we are unable to")),
                Arguments.of(Task.COMPLETION, "multi-turn", conversation("Let's write a story together, one"
                        + " paragraph each.", "The rain had not stopped for a week.",
                        "Continue the story from where you left off.")),

                Arguments.of(Task.SUMMARIZATION, "instruction first", user("Summarize in two sentences:\n\n"
                        + "The committee met for three hours to review the annual budget. After debate it approved"
                        + " most items but postponed the decision on the new sports hall until spring.")),
                Arguments.of(Task.SUMMARIZATION, "text first", user("Our servers were down from 02:00 to 04:30"
                        + " after a failed certificate rotation. Monitoring did not alert because the check used a"
                        + " cached result.\n\nGive me the TL;DR.")),
                Arguments.of(Task.SUMMARIZATION, "terse", user("tldr: https://example.com/blog/why-we-left-k8s")),
                Arguments.of(Task.SUMMARIZATION, "multi-turn", conversation("Here is the transcript of our"
                        + " call: ...", "Got it. What would you like me to do with it?",
                        "Summarize the action items and who owns them.")),
                Arguments.of(Task.SUMMARIZATION, "agent subtask", agent("Summarize the changes you made in one"
                        + " short paragraph for the pull request description.")),

                Arguments.of(Task.TRANSLATION, "instruction first", user("Translate into Spanish: \"The"
                        + " meeting starts at ten.\"")),
                Arguments.of(Task.TRANSLATION, "text first", user("\"Wo ist der Bahnhof?\" What does this mean"
                        + " in English?")),
                Arguments.of(Task.TRANSLATION, "with system prompt", withSystem("You are a professional"
                        + " translator.", "How would you say \"I'm just browsing\" in Italian?")),
                Arguments.of(Task.TRANSLATION, "multi-turn follow-up", conversation("Translate \"good luck\" into"
                        + " French.", "Bonne chance.", "And into German?")),
                Arguments.of(Task.TRANSLATION, "agent subtask", agent("Translate the error message in"
                        + " messages_de.properties into English.")),

                Arguments.of(Task.REWRITE, "instruction first", user("Rewrite this to sound more polite:"
                        + " \"Send me the files now.\"")),
                Arguments.of(Task.REWRITE, "text first", user("\"their going to the park tomorow\" - fix the"
                        + " spelling and grammar please")),
                Arguments.of(Task.REWRITE, "with system prompt", withSystem("You are a copy editor for a bank.",
                        "Make this paragraph more concise: \"At this point in time we are not in a position to"
                                + " offer you a loan.\"")),
                Arguments.of(Task.REWRITE, "multi-turn follow-up", conversation("Paraphrase: \"The results were"
                        + " inconclusive.\"", "The findings did not lead to a clear conclusion.",
                        "Now rephrase it so a child would understand.")),
                Arguments.of(Task.REWRITE, "agent subtask", agent("Reword the commit message so it follows the"
                        + " imperative mood.")),

                Arguments.of(Task.CREATIVE_WRITING, "terse", user("haiku about mountains")),
                Arguments.of(Task.CREATIVE_WRITING, "polite", user("Would you mind writing a short poem for my"
                        + " grandmother's 90th birthday?")),
                Arguments.of(Task.CREATIVE_WRITING, "with system prompt", withSystem("You are a children's"
                        + " author.", "Write a bedtime story about a turtle who wants to fly.")),
                Arguments.of(Task.CREATIVE_WRITING, "multi-turn", conversation("I'm planning a sci-fi"
                        + " tabletop campaign.", "Sounds fun! What do you need?",
                        "Write a monologue for the villain, a rogue AI that runs the space station.")),
                Arguments.of(Task.CREATIVE_WRITING, "marketing", user("Write a tagline for an electric bike"
                        + " brand aimed at commuters.")),

                Arguments.of(Task.OPEN_QA, "explain", user("Explain how interest rates affect house prices.")),
                Arguments.of(Task.OPEN_QA, "why", user("Why do some people find it hard to sleep after"
                        + " drinking coffee?")),
                Arguments.of(Task.OPEN_QA, "pros and cons", withSystem("You are a friendly assistant.",
                        "What are the pros and cons of electric cars?")),
                Arguments.of(Task.OPEN_QA, "advice", user("I'm moving abroad for work. What should I think"
                        + " about before I go?")),
                Arguments.of(Task.OPEN_QA, "multi-turn", conversation("I'm reading about the Cold War.",
                        "Great topic! What would you like to know?", "How did it shape modern Europe?")),

                Arguments.of(Task.MATH, "arithmetic", user("what's 1234 + 5678")),
                Arguments.of(Task.MATH, "equation", user("Solve 5x - 3 = 2x + 9")),
                Arguments.of(Task.MATH, "word problem", user("A recipe needs 250 g of flour for 4 people. How"
                        + " much flour do I need for 10 people?")),
                Arguments.of(Task.MATH, "with system prompt", withSystem("You are a maths tutor.",
                        "What is the integral of 2x from 0 to 3?")),
                Arguments.of(Task.MATH, "percent", user("My rent went from $1,200 to $1,380. What percentage"
                        + " increase is that?")),
                Arguments.of(Task.MATH, "proof about numbers", user("Prove that there are infinitely many prime"
                        + " numbers.")),

                Arguments.of(Task.CODE, "write a function", user("Write a function in TypeScript that groups an"
                        + " array of objects by a key.")),
                Arguments.of(Task.CODE, "code fence", user("```\nint x = \"hello\";\n```\nwhy won't this"
                        + " compile?")),
                Arguments.of(Task.CODE, "stack trace", user("Exception in thread \"main\""
                        + " java.lang.IllegalStateException: closed\n\tat com.acme.Pool.get(Pool.java:42)\n\tat"
                        + " com.acme.Main.main(Main.java:9)")),
                Arguments.of(Task.CODE, "question", user("How do I undo the last git commit but keep the"
                        + " changes?")),
                Arguments.of(Task.CODE, "agent subtask", agent("Fix the failing unit test in"
                        + " OrderServiceTest.")),

                Arguments.of(Task.REASONING, "syllogism", user("If all glorps are fleeps and some fleeps are"
                        + " blue, must some glorps be blue?")),
                Arguments.of(Task.REASONING, "proof in logic", user("Prove that if every manager is an employee"
                        + " and no employee is a robot, then no manager is a robot.")),
                Arguments.of(Task.REASONING, "puzzle", user("A says B is lying. B says C is lying. C says both"
                        + " A and B are lying. Who is telling the truth?")),
                Arguments.of(Task.REASONING, "step by step", withSystem("Think carefully before answering.",
                        "Step by step: a clock shows 3:15. What is the angle between the hands, and why?")),
                Arguments.of(Task.REASONING, "multi-turn", conversation("I love brain teasers.", "Me too!"
                        + " Give me one.", "If you overtake the person in second place in a race, what place"
                        + " are you in? Explain the logic.")));
    }

    @Test
    void classify_whenAgentSystemPromptIsLong_judgesTheShortLastSubtask() {
        Classification result = classifier.classify(agent("Translate the README's first paragraph into"
                + " French."));

        assertThat(result.task()).isEqualTo(Task.TRANSLATION);
        assertThat(result.reasons()).anyMatch(reason -> reason.contains("→ translation"));
    }

    @Test
    void classify_whenFollowUpHasNoInstruction_usesEarlierTurnAsContext() {
        ChatRequest request = conversation("Translate \"thank you\" into Japanese.", "ありがとう",
                "\"good night\"");

        assertThat(classifier.classify(request).task()).isEqualTo(Task.TRANSLATION);
    }

    @Test
    void classify_whenNoUserMessage_judgesTheLastMessage() {
        ChatRequest request = ChatRequest.of("auto", List.of(Message.of(Role.SYSTEM,
                "Summarize the following text in one sentence: the quarterly numbers were flat.")));

        assertThat(classifier.classify(request).task()).isEqualTo(Task.SUMMARIZATION);
    }

    @Test
    void classify_whenCodeFence_isCodeWithTheFenceAsReason() {
        Classification result = classifier.classify(user("```python\nprint(sum(range(10)))\n```"));

        assertThat(result.task()).isEqualTo(Task.CODE);
        assertThat(result.reasons()).contains("code fence → code");
    }

    @Test
    void classify_whenKeywordMatches_namesItInTheReasons() {
        Classification result = classifier.classify(user("Please translate this into Dutch: good evening"));

        assertThat(result.reasons()).contains("keyword 'translate' → translation");
    }

    @Test
    void classify_whenInstructionIsExplicit_isMoreConfidentThanWhenAmbiguous() {
        Classification clear = classifier.classify(user("Translate into German: I am hungry."));
        Classification ambiguous = classifier.classify(user("Tell me something."));

        assertThat(clear.confidence()).isGreaterThan(0.6);
        assertThat(ambiguous.confidence()).isLessThan(0.2);
    }

    @Test
    void classify_whenTwoTasksCompete_isLessConfidentThanWithOneClearTask() {
        Classification competing = classifier.classify(user("Summarize and then translate this into French:"
                + " the shop opens at nine."));
        Classification single = classifier.classify(user("Translate this into French: the shop opens at nine."));

        assertThat(competing.confidence()).isLessThan(single.confidence());
    }

    @Test
    void classify_whenOneLineSentiment_isLessComplexThanMultiStepProof() {
        Classification sentiment = classifier.classify(user("Positive or negative: \"great phone\""));
        Classification proof = classifier.classify(user("Prove step by step that for every integer n >= 1,"
                + " the sum 1 + 3 + 5 + ... + (2n - 1) equals n^2. Then show why the formula fails for n = 0,"
                + " and explain whether induction is needed.\n1. State the base case.\n2. State the inductive"
                + " step.\n3. Conclude."));

        assertThat(sentiment.complexity()).isLessThan(0.2);
        assertThat(proof.complexity()).isGreaterThan(0.6);
        assertThat(proof.complexity()).isGreaterThan(sentiment.complexity());
    }

    @Test
    void classify_whenRequestGrowsLongerAndMultiPart_growsMoreComplex() {
        Classification shortQuestion = classifier.classify(user("What is a mutex?"));
        Classification longQuestion = classifier.classify(user("What is a mutex? How does it differ from a"
                + " semaphore? When would a read-write lock be better? And how do these work in Java's"
                + " java.util.concurrent package, with an example for each?"));

        assertThat(longQuestion.complexity()).isGreaterThan(shortQuestion.complexity());
    }

    @Test
    void classify_whenQuestionIsInAnotherLanguage_stillFindsTheTask() {
        assertThat(classifier.classify(user("Übersetze bitte ins Englische: Wo ist der Bahnhof?")).task())
                .isEqualTo(Task.TRANSLATION);
        assertThat(classifier.classify(user("Résumez ce paragraphe en une phrase : « Le magasin ouvre à neuf"
                + " heures et ferme à vingt heures. »")).task()).isEqualTo(Task.SUMMARIZATION);
    }

    @Test
    void classify_whenAskedForJson_judgesTheTaskNotTheFormat() {
        Classification result = classifier.classify(user("Is this review positive or negative? Answer as JSON"
                + " {\"label\": ...}. \"The strap broke on day two.\""));

        assertThat(result.task()).isEqualTo(Task.SENTIMENT);
    }

    @Test
    void classify_whenNothingMatches_defaultsToOpenQaWithLowConfidence() {
        Classification result = classifier.classify(user("hmm"));

        assertThat(result.task()).isEqualTo(Task.OPEN_QA);
        assertThat(result.confidence()).isLessThan(0.1);
    }
}

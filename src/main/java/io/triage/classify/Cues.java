package io.triage.classify;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The instruction phrases of the heuristic classifier, gathered from the four families of tasks. An
 * explicit instruction weighs about 3, so that it beats a topic word (2) or a weak hint (1); where two
 * tasks share a word the more specific phrase weighs more ("classify the sentiment" is sentiment,
 * "translate this code" is code). The phrases cover common English phrasings and a few French,
 * Spanish and German instruction verbs; they were tuned on
 * {@code src/test/resources/classify/heuristic-examples.tsv} and the train split of
 * {@code router-rules/classifier/corpus}, never on its dev split.
 */
final class Cues {

    /** Every cue, strongest first: {@link KeywordScanner} keeps the stronger of two overlapping hits. */
    static final List<Cue> ALL = Stream.of(TransformCues.ALL, LabelCues.ALL, GenerationCues.ALL, QuestionCues.ALL)
            .flatMap(List::stream)
            .sorted(Comparator.comparingDouble(Cue::weight).reversed())
            .toList();

    private Cues() {
    }
}

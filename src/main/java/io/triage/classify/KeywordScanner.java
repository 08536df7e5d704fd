package io.triage.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link Cues} in a text and weighs each hit by where it stands. An imperative opening
 * the message ("Summarize ...", "Please translate ...") weighs half as much again; a hit in the lead
 * (up to the first line break, colon or quote) or in the last sentence a quarter more; a hit inside
 * {@link Quotes} half, since quoted text is the material and not the instruction. A message longer
 * than {@value #WHOLE} characters is searched on its first and last {@value #EDGE} only, so a pasted
 * document does not vote (context, such as a system prompt, on half as much). Each cue hits at most
 * once, and of two overlapping hits for one task only the stronger counts. A cue's regex runs only
 * where its {@link Triggers} are present, which keeps a scan to a few microseconds.
 */
final class KeywordScanner {

    private static final int WHOLE = 1_200;
    private static final int EDGE = 500;
    private static final int LEAD_LIMIT = 250;
    private static final double LEAD_VERB_BONUS = 1.5;
    private static final double EDGE_BONUS = 1.25;
    private static final double QUOTED_FACTOR = 0.5;
    private static final int MAX_PHRASE = 40;
    /** Politeness before an imperative: "Please", "Can you", "I need you to". */
    private static final Pattern POLITE_PREFIX = Pattern.compile("^\\W*(?:(?:please|kindly|hey|hi|ok|okay|so|now"
            + "|quick one|can you|could you|would you|will you|i need you to|i want you to|i'd like you to|help me"
            + "|just)\\b\\W*)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final TriggerScan TRIGGERS = new TriggerScan(Cues.ALL.stream().map(Cue::triggers).toList());

    private KeywordScanner() {
    }

    /**
     * The cues in a text.
     *
     * @param factor      what every hit's weight is multiplied by (1 for the message, less for context)
     * @param positional  whether to weigh hits by position and quoting (for the message, not context)
     */
    static List<Features.Hit> scan(String text, double factor, boolean positional) {
        List<Features.Hit> hits = new ArrayList<>();
        if (text.isBlank()) {
            return hits;
        }
        List<int[]> spans = new ArrayList<>();
        int verbStart = positional ? verbStart(text) : -1;
        int leadEnd = positional ? leadEnd(text) : -1;
        int tailStart = positional ? tailStart(text) : text.length() + 1;
        boolean[] quoted = positional ? Quotes.mask(text, text.length()) : new boolean[0];
        List<Region> regions = Region.of(text, positional ? WHOLE : WHOLE / 2, positional ? EDGE : EDGE / 2);
        for (int i = 0; i < Cues.ALL.size(); i++) {
            Cue cue = Cues.ALL.get(i);
            Matcher matcher = find(i, text, regions);
            if (matcher == null || overlaps(spans, cue.task(), matcher.start(), matcher.end())) {
                continue;
            }
            spans.add(new int[] {cue.task().ordinal(), matcher.start(), matcher.end()});
            int at = matcher.start();
            double position = cue.anchored() ? 1
                    : at == verbStart ? LEAD_VERB_BONUS
                    : at < leadEnd || at >= tailStart ? EDGE_BONUS : 1;
            double weight = positional && quoted[at] ? QUOTED_FACTOR : position;
            hits.add(new Features.Hit(cue.task(), cue.weight() * factor * weight, phrase(matcher.group())));
        }
        return hits;
    }

    /** A stretch of the text that is searched, and which cues its triggers allow there. */
    private record Region(int start, int end, boolean[] possible) {

        /** The whole text when short, else its head and its tail. */
        static List<Region> of(String text, int whole, int edge) {
            int length = text.length();
            if (length <= whole) {
                return List.of(region(text, 0, length));
            }
            return List.of(region(text, 0, edge), region(text, length - edge, length));
        }

        private static Region region(String text, int start, int end) {
            return new Region(start, end, TRIGGERS.mayMatch(text.substring(start, end).toLowerCase(Locale.ROOT)));
        }
    }

    private static Matcher find(int index, String text, List<Region> regions) {
        Cue cue = Cues.ALL.get(index);
        for (Region region : regions) {
            if ((region.start() == 0 || !cue.anchored()) && region.possible()[index]) {
                Matcher matcher = cue.matcher(text, region.start(), region.end());
                if (matcher.find()) {
                    return matcher;
                }
            }
        }
        return null;
    }

    private static boolean overlaps(List<int[]> spans, Task task, int start, int end) {
        for (int[] span : spans) {
            if (span[0] == task.ordinal() && start < span[2] && span[1] < end) {
                return true;
            }
        }
        return false;
    }

    /** Where an imperative opening the message would start, after any politeness. */
    private static int verbStart(String text) {
        Matcher matcher = POLITE_PREFIX.matcher(text);
        return matcher.lookingAt() ? matcher.end() : 0;
    }

    /** Where the lead ends: the first line break, colon or opening quote, at most {@value #LEAD_LIMIT} on. */
    private static int leadEnd(String text) {
        int limit = Math.min(text.length(), LEAD_LIMIT);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '"' || c == '“' || c == '«' || c == ':' && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Where the last sentence starts. */
    private static int tailStart(String text) {
        int end = text.length() - 1;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end))) {
            end--;
        }
        int floor = Math.max(0, text.length() - EDGE);
        for (int i = end; i > floor; i--) {
            char c = text.charAt(i);
            boolean stop = c == '.' || c == '?' || c == '!' || c == ':';
            if (c == '\n' || stop && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return floor;
    }

    private static String phrase(String match) {
        String phrase = SPACES.matcher(match.strip()).replaceAll(" ");
        return phrase.length() <= MAX_PHRASE ? phrase : phrase.substring(0, MAX_PHRASE - 1) + "…";
    }
}

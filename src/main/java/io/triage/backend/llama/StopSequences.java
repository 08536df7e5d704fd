package io.triage.backend.llama;

import java.util.List;

/**
 * Cuts streamed text at the first stop sequence, so that no stop sequence, not even its start,
 * ever reaches the caller. Text that could be the beginning of a stop sequence is held back until
 * the next piece shows whether it is one; {@link #finish()} releases what is still held when
 * generation ends without a match.
 */
final class StopSequences {

    private final List<String> stops;
    private final StringBuilder held = new StringBuilder();
    private boolean matched;

    StopSequences(List<String> stops) {
        this.stops = stops.stream().filter(stop -> !stop.isEmpty()).toList();
    }

    /** Takes the next generated piece and returns the text that is now safe to emit. */
    String accept(String piece) {
        if (matched) {
            return "";
        }
        held.append(piece);
        int match = firstMatch();
        if (match >= 0) {
            matched = true;
            String safe = held.substring(0, match);
            held.setLength(0);
            return safe;
        }
        int safeLength = held.length() - longestHeldPrefix();
        String safe = held.substring(0, safeLength);
        held.delete(0, safeLength);
        return safe;
    }

    /** Releases the held text at the end of generation; empty after a match. */
    String finish() {
        String rest = matched ? "" : held.toString();
        held.setLength(0);
        return rest;
    }

    /** True once a stop sequence has appeared: generation should end. */
    boolean matched() {
        return matched;
    }

    private int firstMatch() {
        int first = -1;
        for (String stop : stops) {
            int at = held.indexOf(stop);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** The length of the longest end of the held text that some stop sequence starts with. */
    private int longestHeldPrefix() {
        String text = held.toString();
        int longest = 0;
        for (String stop : stops) {
            for (int length = Math.min(stop.length() - 1, text.length()); length > longest; length--) {
                if (text.regionMatches(text.length() - length, stop, 0, length)) {
                    longest = length;
                    break;
                }
            }
        }
        return longest;
    }
}

package io.triage.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Tells in one pass over a lower-cased text which of many {@link Triggers} it may satisfy: an
 * Aho–Corasick automaton finds every trigger string present, then each condition is read off. With
 * a hundred cues and hundreds of trigger strings this replaces hundreds of {@code contains} calls.
 * Immutable and thread-safe once built.
 */
final class TriggerScan {

    /** Transitions, keyed by state and character. */
    private final Map<Long, Integer> edges = new HashMap<>();
    private final List<Integer> failure = new ArrayList<>();
    private final List<int[]> found = new ArrayList<>();
    /** Per condition: alternatives, each a list of pieces, each the ids of strings any of which will do. */
    private final int[][][][] conditions;
    private final int strings;

    TriggerScan(List<Triggers> triggers) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        conditions = new int[triggers.size()][][][];
        for (int i = 0; i < triggers.size(); i++) {
            conditions[i] = compile(triggers.get(i), ids);
        }
        strings = ids.size();
        failure.add(0);
        found.add(new int[0]);
        ids.forEach(this::insert);
        link();
    }

    /** For each condition, in the order given, whether the lower-cased text may satisfy it. */
    boolean[] mayMatch(String lowerCaseText) {
        boolean[] present = new boolean[strings];
        int state = 0;
        for (int i = 0; i < lowerCaseText.length(); i++) {
            state = step(state, lowerCaseText.charAt(i));
            for (int id : found.get(state)) {
                present[id] = true;
            }
        }
        boolean[] possible = new boolean[conditions.length];
        for (int i = 0; i < conditions.length; i++) {
            possible[i] = satisfied(conditions[i], present);
        }
        return possible;
    }

    private static int[][][] compile(Triggers triggers, Map<String, Integer> ids) {
        List<List<Set<String>>> alternatives = triggers.alternatives();
        int[][][] compiled = new int[alternatives.size()][][];
        for (int a = 0; a < compiled.length; a++) {
            List<Set<String>> pieces = alternatives.get(a);
            compiled[a] = new int[pieces.size()][];
            for (int p = 0; p < pieces.size(); p++) {
                compiled[a][p] = pieces.get(p).stream().mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size()))
                        .toArray();
            }
        }
        return compiled;
    }

    private static boolean satisfied(int[][][] alternatives, boolean[] present) {
        if (alternatives.length == 0) {
            return true;
        }
        for (int[][] pieces : alternatives) {
            boolean all = true;
            for (int p = 0; p < pieces.length && all; p++) {
                boolean any = false;
                for (int id : pieces[p]) {
                    any |= present[id];
                }
                all = any;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private void insert(String string, int id) {
        int state = 0;
        for (int i = 0; i < string.length(); i++) {
            Integer next = edges.get(key(state, string.charAt(i)));
            if (next == null) {
                next = failure.size();
                failure.add(0);
                found.add(new int[0]);
                edges.put(key(state, string.charAt(i)), next);
            }
            state = next;
        }
        found.set(state, append(found.get(state), id));
    }

    /** Breadth-first: each state's failure link, and the strings found through it. */
    private void link() {
        Map<Integer, List<Map.Entry<Character, Integer>>> children = new HashMap<>();
        edges.forEach((key, child) -> children.computeIfAbsent((int) (key >>> 32), k -> new ArrayList<>())
                .add(Map.entry((char) (key & 0xFFFF), child)));
        Queue<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.remove();
            for (Map.Entry<Character, Integer> edge : children.getOrDefault(state, List.of())) {
                int child = edge.getValue();
                int link = state == 0 ? 0 : step(failure.get(state), edge.getKey());
                failure.set(child, link);
                for (int id : found.get(link)) {
                    found.set(child, append(found.get(child), id));
                }
                queue.add(child);
            }
        }
    }

    private int step(int state, char c) {
        while (true) {
            Integer next = edges.get(key(state, c));
            if (next != null) {
                return next;
            }
            if (state == 0) {
                return 0;
            }
            state = failure.get(state);
        }
    }

    private static long key(int state, char c) {
        return (long) state << 32 | c;
    }

    private static int[] append(int[] ids, int id) {
        int[] longer = java.util.Arrays.copyOf(ids, ids.length + 1);
        longer[ids.length] = id;
        return longer;
    }
}

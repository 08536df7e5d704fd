package io.triage.accounting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/** The most recent requests with the reasons of their routing decision, for {@code /admin/decisions}. */
public final class RecentRequests {

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public RecentRequests(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(Entry entry) {
        if (entries.size() >= capacity) {
            entries.removeLast();
        }
        entries.addFirst(entry);
    }

    /** The newest entries first, at most {@code limit}, those {@code filter} accepts. */
    public synchronized List<Entry> newest(int limit, Predicate<Entry> filter) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (found.size() >= limit) {
                break;
            }
            if (filter.test(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    /**
     * One request: its ledger record and its routing decision.
     *
     * @param record     the ledger record
     * @param rule       the rule that decided
     * @param reasons    why, in words
     * @param confidence the classifier's confidence, or null
     * @param complexity the classifier's complexity score, or null
     * @param pii        kinds of personal data found
     */
    public record Entry(UsageRecord record, String rule, List<String> reasons, Double confidence, Double complexity,
                        List<String> pii) {
    }
}

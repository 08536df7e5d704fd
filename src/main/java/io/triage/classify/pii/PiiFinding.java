package io.triage.classify.pii;

import java.util.Objects;

/**
 * Where one piece of personal data or one secret sits in a scanned text: {@code text[start, end)}.
 * It holds offsets only, never the matched characters, so that a finding is safe to log.
 *
 * @param kind  what was found
 * @param start the index of its first character
 * @param end   the index after its last character
 */
public record PiiFinding(PiiKind kind, int start, int end) {

    public PiiFinding {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a finding needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** How many characters the finding covers. */
    public int length() {
        return end - start;
    }

    /** Whether the two findings share at least one character. */
    public boolean overlaps(PiiFinding other) {
        return start < other.end && other.start < end;
    }
}

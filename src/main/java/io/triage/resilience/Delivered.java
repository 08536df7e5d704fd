package io.triage.resilience;

/** The text of one request that has reached the client so far, across attempts. */
final class Delivered {

    private final StreamListener listener;
    private final StringBuilder text = new StringBuilder();

    Delivered(StreamListener listener) {
        this.listener = listener;
    }

    void send(Target target, String piece) {
        text.append(piece);
        listener.onDelta(target, piece);
    }

    boolean committed() {
        return !text.isEmpty();
    }

    String text() {
        return text.toString();
    }
}

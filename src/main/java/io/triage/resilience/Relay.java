package io.triage.resilience;

/**
 * Passes one attempt's streamed text on to the client, holding back the start of it when its
 * route buffers answers: held-back text is sent when it grows past the buffer, or when the answer
 * is complete and accepted; if the attempt fails first, nothing was sent and it can fall over
 * invisibly.
 */
final class Relay implements StreamSink {

    /** A buffer that holds the whole answer back (a cascade needs to see it complete). */
    static final int HOLD_ALL = Integer.MAX_VALUE;

    private final Target target;
    private final Delivered delivered;
    private final int bufferTokens;
    private final StringBuilder held = new StringBuilder();
    private boolean holding;

    Relay(Target target, Delivered delivered, int bufferTokens) {
        this.target = target;
        this.delivered = delivered;
        this.bufferTokens = bufferTokens;
        this.holding = bufferTokens > 0;
    }

    @Override
    public void accept(String text) {
        if (!holding) {
            delivered.send(target, text);
            return;
        }
        held.append(text);
        // Roughly four characters a token: the buffer's size need not be exact.
        if (bufferTokens != HOLD_ALL && held.length() / 4 > bufferTokens) {
            flush();
        }
    }

    /** Sends what is held back and stops holding. */
    void flush() {
        holding = false;
        if (!held.isEmpty()) {
            delivered.send(target, held.toString());
            held.setLength(0);
        }
    }

    @Override
    public boolean committed() {
        return delivered.committed();
    }

    @Override
    public void discard() {
        held.setLength(0);
    }
}

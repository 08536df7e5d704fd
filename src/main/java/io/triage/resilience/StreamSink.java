package io.triage.resilience;

/** Where a backend's streamed text goes while a guard calls it. */
interface StreamSink {

    /** A piece of generated text. */
    void accept(String text);

    /** True once text has reached the client: from then on, the attempt cannot be retried. */
    boolean committed();

    /** Drops text held back but not yet sent, before a retry starts over. */
    void discard();
}

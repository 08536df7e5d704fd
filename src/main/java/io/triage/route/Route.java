package io.triage.route;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named way to serve a request: a backend, optionally a model of it, the routes to fall over
 * to, in order, when it fails or is unavailable, and how its answers are delivered.
 *
 * @param name     the route name rules refer to
 * @param backend  the backend that serves it
 * @param model    the model to ask for, or empty for the backend's default model
 * @param fallback routes to try next, in order
 * @param delivery buffering, stream rescue and cascade
 */
public record Route(String name, String backend, Optional<String> model, List<String> fallback, Delivery delivery) {

    public Route {
        fallback = List.copyOf(fallback);
        Objects.requireNonNull(delivery, "delivery");
    }

    public Route(String name, String backend, Optional<String> model, List<String> fallback) {
        this(name, backend, model, fallback, Delivery.DEFAULT);
    }

    /**
     * How a route's answers reach the client.
     *
     * @param bufferTokens    a streamed answer is held back until it is complete or this many tokens
     *                        long, so that a failure or a bad answer before then is re-routed
     *                        invisibly (0: pass text on at once)
     * @param continueStreams when a stream breaks after text reached the client, the next route
     *                        continues the answer from the text already sent; otherwise the stream
     *                        ends with an error event
     * @param cascade         when the answer looks unreliable, escalate to another route
     */
    public record Delivery(int bufferTokens, boolean continueStreams, Optional<Cascade> cascade) {

        public static final Delivery DEFAULT = new Delivery(0, true, Optional.empty());
    }

    /**
     * Escalation of unreliable answers: the route answers first, and when its answer looks
     * unreliable the request goes to {@code to}. A streamed request is held back in full.
     *
     * @param to             the route to escalate to
     * @param minMeanLogprob the lowest mean token log-probability accepted (only backends that report
     *                       log-probabilities, such as the embedded llama.cpp); null: not checked
     * @param onEmpty        escalate an empty answer
     * @param onRefusal      escalate an answer that refuses ("I'm sorry, I can't ...")
     * @param onInvalidJson  escalate an answer that is not JSON when JSON was asked for
     * @param onLength       escalate an answer cut at {@code max_tokens}
     */
    public record Cascade(String to, Double minMeanLogprob, boolean onEmpty, boolean onRefusal, boolean onInvalidJson,
                          boolean onLength) {
    }
}

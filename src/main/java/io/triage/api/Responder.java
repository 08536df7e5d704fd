package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.accounting.Charge;
import io.triage.cache.CachedAnswer;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.resilience.Dispatcher;
import io.triage.resilience.Outcome;
import io.triage.resilience.Target;
import io.triage.route.Decision;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.regex.Pattern;
import java.util.function.Function;

/**
 * Writes answers: in one piece, as a stream, or replayed from the cache. The cost is known only
 * once the answer is: a complete answer carries it in {@code x-triage-cost} and
 * {@code x-triage-saved} headers; a stream, whose headers left before, in HTTP trailers of the
 * same names and in an SSE comment before {@code [DONE]}.
 */
final class Responder {

    private static final Logger LOG = Logger.getLogger(Responder.class);
    static final String COST = "x-triage-cost";
    static final String SAVED = "x-triage-saved";
    /** The status nginx made common for a client that closed the connection before the answer. */
    static final int CLIENT_CLOSED = 499;
    /** Where a cached answer is cut into stream chunks: after each run of whitespace. */
    private static final Pattern AFTER_SPACE = Pattern.compile("(?<=\\s)");

    private final ObjectMapper json;
    private final Clock clock;

    Responder(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    Streamed complete(ChatRequest request, Decision decision, ResponseShape shape, HttpServerResponse response,
                      Dispatcher dispatcher, Function<Outcome, Charge> pricing) {
        Outcome outcome = dispatcher.call(decision, request);
        DecisionHeaders.answered(response.headers(), decision, outcome.target());
        Charge charge = pricing.apply(outcome);
        costHeaders(response.headers(), charge);
        var body = shape.complete(shape.newId(), clock.instant().getEpochSecond(), shown(outcome.result(), charge));
        HttpResponses.json(response, 200, body, json);
        return new Streamed(outcome, charge, 0, 200);
    }

    Streamed stream(ChatRequest request, Decision decision, ResponseShape shape, HttpServerResponse response,
                    Dispatcher dispatcher, Function<Outcome, Charge> pricing) {
        Stream stream = new Stream(new SseWriter(response, json), shape, clock.instant().getEpochSecond(), request.includeUsage());
        try {
            Outcome outcome = dispatcher.stream(decision, request, (target, text) -> stream.text(decision, target, text, response));
            stream.openOnce(decision, outcome.target(), response);
            Charge charge = pricing.apply(outcome);
            stream.close(shown(outcome.result(), charge), charge);
            return new Streamed(outcome, charge, stream.firstTokenNanos, 200);
        } catch (SseWriter.ClientGoneException e) {
            LOG.debugf("client closed the stream %s before it ended", stream.id);
            return new Streamed(null, Charge.NONE, stream.firstTokenNanos, CLIENT_CLOSED);
        } catch (RuntimeException e) {
            if (!stream.started) {
                throw e;
            }
            // Bytes are already with the client: end with an error event, never a silent truncation.
            ApiError error = ApiErrors.of(e);
            stream.sse.fail(error.toJson(json));
            return new Streamed(null, Charge.NONE, stream.firstTokenNanos, error.status());
        }
    }

    /** Answers from the cache, complete or as a stream that reads like the original one; returns the first token's time. */
    long replay(ChatRequest request, CachedAnswer cached, ResponseShape shape, HttpServerResponse response, Charge charge) {
        DecisionHeaders.cached(response.headers(), cached);
        ChatResult result = cached.result();
        if (!request.stream()) {
            costHeaders(response.headers(), charge);
            HttpResponses.json(response, 200, shape.complete(shape.newId(), clock.instant().getEpochSecond(), result), json);
            return 0;
        }
        Stream stream = new Stream(new SseWriter(response, json), shape, clock.instant().getEpochSecond(), request.includeUsage());
        try {
            stream.opening(result.model());
            for (String piece : AFTER_SPACE.split(result.content())) {
                if (!piece.isEmpty()) {
                    stream.piece(result.model(), piece);
                }
            }
            stream.close(result, charge);
        } catch (SseWriter.ClientGoneException e) {
            LOG.debugf("client closed the cached stream %s before it ended", stream.id);
        }
        return stream.firstTokenNanos;
    }

    /** The answer as the client sees it: with counted usage when the backend reported none. */
    private static ChatResult shown(ChatResult result, Charge charge) {
        return new ChatResult(result.model(), result.content(), result.toolCalls(), result.finishReason(),
                charge.answerUsage(), result.meanLogprob());
    }

    private static void costHeaders(MultiMap headers, Charge charge) {
        headers.set(COST, RequestLog.amount(charge.cost()));
        headers.set(SAVED, RequestLog.amount(charge.saved()));
    }

    /**
     * What a streamed answer's writing produced.
     *
     * @param outcome         the outcome, or null when the stream did not end well
     * @param charge          what it cost
     * @param firstTokenNanos when its first text reached the client, or 0
     * @param status          200, or the error the stream ended with, or 499 when the client left
     */
    record Streamed(Outcome outcome, Charge charge, long firstTokenNanos, int status) {

        boolean completed() {
            return outcome != null;
        }
    }

    /** One SSE response being written. */
    private static final class Stream {
        final SseWriter sse;
        final ResponseShape shape;
        final String id;
        final long created;
        final boolean usageField;
        boolean started;
        long firstTokenNanos;

        Stream(SseWriter sse, ResponseShape shape, long created, boolean usageField) {
            this.sse = sse;
            this.shape = shape;
            this.id = shape.newId();
            this.created = created;
            this.usageField = usageField;
        }

        void text(Decision decision, Target target, String text, HttpServerResponse response) {
            openOnce(decision, target, response);
            piece(target.model(), text);
        }

        void openOnce(Decision decision, Target target, HttpServerResponse response) {
            if (!started) {
                DecisionHeaders.answered(response.headers(), decision, target);
                opening(target.model());
            }
        }

        void opening(String model) {
            sse.begin(COST + ", " + SAVED);
            started = true;
            shape.opening(id, created, model, usageField).forEach(sse::event);
        }

        void piece(String model, String text) {
            if (firstTokenNanos == 0) {
                firstTokenNanos = System.nanoTime();
            }
            sse.event(shape.text(id, created, model, text, usageField));
        }

        void close(ChatResult result, Charge charge) {
            shape.closing(id, created, result, usageField).forEach(sse::event);
            if (usageField) {
                sse.event(shape.usage(id, created, result.model(), result.usage()));
            }
            sse.comment(COST + "=" + RequestLog.amount(charge.cost()) + " " + SAVED + "=" + RequestLog.amount(charge.saved()));
            sse.trailer(COST, RequestLog.amount(charge.cost()));
            sse.trailer(SAVED, RequestLog.amount(charge.saved()));
            sse.done();
        }
    }
}

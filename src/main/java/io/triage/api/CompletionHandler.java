package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.cache.CachedAnswer;
import io.triage.cache.ResponseCache;
import io.triage.cache.ResponseCache.Lookup;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.resilience.Dispatcher;
import io.triage.resilience.Outcome;
import io.triage.resilience.Target;
import io.triage.route.Decision;
import io.triage.route.RequestContext;
import io.triage.route.Router;
import io.vertx.core.http.HttpServerResponse;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Serves one completion request, complete or streamed: decide the route, call the backend chain,
 * write the answer in the request's {@link ResponseShape}. Runs on a virtual thread.
 */
final class CompletionHandler {

    private static final Logger LOG = Logger.getLogger(CompletionHandler.class);

    private final Router router;
    private final Dispatcher dispatcher;
    private final ObjectMapper json;
    private final ResponseCache cache;
    private final Clock clock;

    CompletionHandler(Router router, Dispatcher dispatcher, ResponseCache cache, ObjectMapper json, Clock clock) {
        this.router = router;
        this.dispatcher = dispatcher;
        this.cache = cache;
        this.json = json;
        this.clock = clock;
    }

    void handle(ChatRequest request, RequestContext context, ResponseShape shape, HttpServerResponse response) {
        Decision decision = router.decide(request, context);
        DecisionHeaders.decided(response.headers(), decision);
        Lookup lookup = cache.lookup(context.tenant(), decision.route().name(), decision.model(), request);
        response.headers().set(DecisionHeaders.CACHE, lookup.status().wireName());
        if (lookup.answer().isPresent()) {
            replay(request, lookup.answer().get(), shape, response);
            return;
        }
        Outcome outcome;
        if (request.stream()) {
            outcome = stream(request, decision, shape, response);
        } else {
            outcome = dispatcher.call(decision, request);
            DecisionHeaders.answered(response.headers(), decision, outcome.target());
            var body = shape.complete(shape.newId(), clock.instant().getEpochSecond(), outcome.result());
            HttpResponses.json(response, 200, body, json);
        }
        if (outcome != null) {
            cache.store(lookup, outcome.result(), outcome.target().route().name(), outcome.target().backend().name(),
                    outcome.stitched());
        }
    }

    /** Answers from the cache, complete or as a stream that reads like the original one. */
    private void replay(ChatRequest request, CachedAnswer cached, ResponseShape shape, HttpServerResponse response) {
        DecisionHeaders.cached(response.headers(), cached);
        String id = shape.newId();
        long created = clock.instant().getEpochSecond();
        ChatResult result = cached.result();
        if (!request.stream()) {
            HttpResponses.json(response, 200, shape.complete(id, created, result), json);
            return;
        }
        boolean usageField = request.includeUsage();
        SseWriter sse = new SseWriter(response, json);
        try {
            sse.begin();
            shape.opening(id, created, result.model(), usageField).forEach(sse::event);
            for (String piece : result.content().split("(?<=\\s)")) {
                if (!piece.isEmpty()) {
                    sse.event(shape.text(id, created, result.model(), piece, usageField));
                }
            }
            shape.closing(id, created, result, usageField).forEach(sse::event);
            if (usageField) {
                sse.event(shape.usage(id, created, result.model(), result.usage()));
            }
            sse.done();
        } catch (SseWriter.ClientGoneException e) {
            LOG.debugf("client closed the cached stream %s before it ended", id);
        }
    }

    /** Streams the answer; returns the outcome when the stream ended well, null when it did not. */
    private Outcome stream(ChatRequest request, Decision decision, ResponseShape shape, HttpServerResponse response) {
        String id = shape.newId();
        long created = clock.instant().getEpochSecond();
        boolean usageField = request.includeUsage();
        SseWriter sse = new SseWriter(response, json);
        var started = new boolean[1];
        try {
            Outcome outcome = dispatcher.stream(decision, request, (target, text) -> {
                if (!started[0]) {
                    open(sse, shape, decision, target, id, created, usageField, response);
                    started[0] = true;
                }
                sse.event(shape.text(id, created, target.model(), text, usageField));
            });
            if (!started[0]) {
                open(sse, shape, decision, outcome.target(), id, created, usageField, response);
                started[0] = true;
            }
            shape.closing(id, created, outcome.result(), usageField).forEach(sse::event);
            if (request.includeUsage()) {
                sse.event(shape.usage(id, created, outcome.result().model(), outcome.result().usage()));
            }
            sse.done();
            return outcome;
        } catch (SseWriter.ClientGoneException e) {
            LOG.debugf("client closed the stream %s before it ended", id);
        } catch (RuntimeException e) {
            if (!started[0]) {
                throw e;
            }
            // Bytes are already with the client: end with an error event, never a silent truncation.
            sse.fail(ApiErrors.of(e).toJson(json));
        }
        return null;
    }

    private static void open(SseWriter sse, ResponseShape shape, Decision decision, Target target, String id,
                             long created, boolean usageField, HttpServerResponse response) {
        DecisionHeaders.answered(response.headers(), decision, target);
        sse.begin();
        shape.opening(id, created, target.model(), usageField).forEach(sse::event);
    }
}

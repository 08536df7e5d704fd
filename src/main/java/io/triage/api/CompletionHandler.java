package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.chat.ChatRequest;
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
    private final Clock clock;

    CompletionHandler(Router router, Dispatcher dispatcher, ObjectMapper json, Clock clock) {
        this.router = router;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
    }

    void handle(ChatRequest request, RequestContext context, ResponseShape shape, HttpServerResponse response) {
        Decision decision = router.decide(request, context);
        DecisionHeaders.decided(response.headers(), decision);
        if (request.stream()) {
            stream(request, decision, shape, response);
        } else {
            Outcome outcome = dispatcher.call(decision, request);
            DecisionHeaders.answered(response.headers(), decision, outcome.target());
            var body = shape.complete(shape.newId(), clock.instant().getEpochSecond(), outcome.result());
            HttpResponses.json(response, 200, body, json);
        }
    }

    private void stream(ChatRequest request, Decision decision, ResponseShape shape, HttpServerResponse response) {
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
        } catch (SseWriter.ClientGoneException e) {
            LOG.debugf("client closed the stream %s before it ended", id);
        } catch (RuntimeException e) {
            if (!started[0]) {
                throw e;
            }
            // Bytes are already with the client: end with an error event, never a silent truncation.
            sse.fail(ApiErrors.of(e).toJson(json));
        }
    }

    private static void open(SseWriter sse, ResponseShape shape, Decision decision, Target target, String id,
                             long created, boolean usageField, HttpServerResponse response) {
        DecisionHeaders.answered(response.headers(), decision, target);
        sse.begin();
        shape.opening(id, created, target.model(), usageField).forEach(sse::event);
    }
}

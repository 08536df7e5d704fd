package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.accounting.Accountant;
import io.triage.accounting.Accountant.Paid;
import io.triage.accounting.Caller;
import io.triage.accounting.Charge;
import io.triage.cache.CachedAnswer;
import io.triage.cache.ResponseCache;
import io.triage.cache.ResponseCache.Lookup;
import io.triage.chat.ChatRequest;
import io.triage.resilience.Attempt;
import io.triage.resilience.Dispatcher;
import io.triage.resilience.Outcome;
import io.triage.route.Decision;
import io.triage.route.RequestContext;
import io.triage.route.Router;
import io.vertx.core.http.HttpServerResponse;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Serves one completion request, complete or streamed: admit the tenant, decide the route, answer
 * from the cache or the backend chain, write the answer in the request's {@link ResponseShape},
 * and write the request down with what it cost. Runs on a virtual thread.
 */
final class CompletionHandler {

    private static final Logger LOG = Logger.getLogger(CompletionHandler.class);

    private final Router router;
    private final Dispatcher dispatcher;
    private final ResponseCache cache;
    private final Accountant accountant;
    private final Admission admission;
    private final RequestLog log;
    private final Responder responder;
    private final Clock clock;
    private final boolean logPrompts;

    CompletionHandler(Router router, Dispatcher dispatcher, ResponseCache cache, Admission admission, Accountant accountant,
                      RequestLog log, ObjectMapper json, Clock clock, boolean logPrompts) {
        this.logPrompts = logPrompts;
        this.router = router;
        this.dispatcher = dispatcher;
        this.cache = cache;
        this.admission = admission;
        this.accountant = accountant;
        this.log = log;
        this.responder = new Responder(json, clock);
        this.clock = clock;
    }

    void handle(ChatRequest request, RequestContext context, Caller caller, ResponseShape shape, HttpServerResponse response) {
        long start = System.nanoTime();
        if (logPrompts) {
            LOG.infof("request of tenant %s for model %s: %s", caller.tenant().id(), request.model(), request.messages());
        }
        Instant at = clock.instant();
        admission.beforeRouting(caller.tenant(), request.model());
        Decision decision = admission.afterRouting(caller.tenant(), router.decide(request, context));
        DecisionHeaders.decided(response.headers(), decision);
        Lookup lookup = cache.lookup(caller.tenant().id(), decision.route().name(), decision.model(), request);
        response.headers().set(DecisionHeaders.CACHE, lookup.status().wireName());
        try {
            if (lookup.answer().isPresent()) {
                answerFromCache(request, lookup, decision, shape, response, new Written(at, caller, start));
            } else {
                answer(request, lookup, decision, shape, response, new Written(at, caller, start));
            }
        } catch (RuntimeException e) {
            RequestLog.Served nowhere = new RequestLog.Served(decision.route().name(), decision.tier().wireName(),
                    decision.backend(), decision.model(), lookup.status().wireName(), attempts(e));
            log.write(at, caller, decision, nowhere, Charge.NONE, new RequestLog.Timing(start, 0, 0), ApiErrors.of(e).status());
            throw e;
        }
    }

    private void answerFromCache(ChatRequest request, Lookup lookup, Decision decision, ResponseShape shape,
                                 HttpServerResponse response, Written written) {
        CachedAnswer cached = lookup.answer().orElseThrow();
        Charge charge = accountant.cacheHit(cached.result());
        long firstToken = responder.replay(request, cached, shape, response, charge);
        String tier = decision.route().name().equals(cached.route()) ? decision.tier().wireName() : "cache";
        log.write(written.at(), written.caller(), decision, new RequestLog.Served(cached.route(), tier, cached.backend(),
                cached.result().model(), lookup.status().wireName(), 0), charge,
                new RequestLog.Timing(written.start(), firstToken, 0), 200);
    }

    private void answer(ChatRequest request, Lookup lookup, Decision decision, ResponseShape shape,
                        HttpServerResponse response, Written written) {
        Responder.Streamed streamed = request.stream()
                ? responder.stream(request, decision, shape, response, dispatcher, outcome -> charge(request, outcome))
                : responder.complete(request, decision, shape, response, dispatcher, outcome -> charge(request, outcome));
        Outcome outcome = streamed.outcome();
        if (outcome == null) {
            log.write(written.at(), written.caller(), decision, new RequestLog.Served(decision.route().name(),
                    decision.tier().wireName(), decision.backend(), decision.model(), lookup.status().wireName(), 1),
                    Charge.NONE, new RequestLog.Timing(written.start(), streamed.firstTokenNanos(), 0), streamed.status());
            return;
        }
        cache.store(lookup, outcome.result(), outcome.target().route().name(), outcome.target().backend().name(),
                outcome.stitched());
        log.write(written.at(), written.caller(), decision, new RequestLog.Served(outcome.target().route().name(),
                        outcome.target().backend().tier().wireName(), outcome.target().backend().name(),
                        outcome.result().model(), lookup.status().wireName(), outcome.failed().size() + 1),
                streamed.charge(), new RequestLog.Timing(written.start(), streamed.firstTokenNanos(), outcome.modelNanos()),
                streamed.status());
    }

    private Charge charge(ChatRequest request, Outcome outcome) {
        List<Paid> rejected = outcome.failed().stream().filter(a -> a.rejected() != null)
                .map(a -> new Paid(a.rejected(), Objects.requireNonNullElse(a.model(), a.rejected().model()))).toList();
        return accountant.charge(request, new Paid(outcome.result(), outcome.target().model()), rejected);
    }

    private static int attempts(RuntimeException e) {
        return e instanceof io.triage.resilience.NoRouteAvailableException none
                ? (int) none.attempts().stream().map(Attempt::backend).count() : 1;
    }

    /** The request's arrival, for the log. */
    private record Written(Instant at, Caller caller, long start) {
    }
}

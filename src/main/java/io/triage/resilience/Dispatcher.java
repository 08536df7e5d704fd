package io.triage.resilience;

import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.route.Decision;
import io.triage.route.Route;
import io.triage.route.RouteTable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a request along its decision's chain: the chosen route first, then its fallbacks, each
 * backend behind its {@link BackendGuard}. A route whose backend is unavailable is skipped; a
 * failure another backend might not have moves on to the next route; a failure that is the
 * request's own (invalid, refused by a content filter) is returned at once, and a context-length
 * failure only moves on to a different backend. A stream falls over silently until text reached
 * the client; after that, a route that continues streams hands the next route the text already
 * sent, and one that does not ends the stream with an error. A route with a cascade has its answer
 * checked and escalated when it looks unreliable.
 */
public final class Dispatcher {

    private final Map<String, BackendGuard> guards;
    private final RouteTable routes;

    public Dispatcher(Map<String, BackendGuard> guards, RouteTable routes) {
        this.guards = Map.copyOf(guards);
        this.routes = routes;
    }

    /** Answers in one piece. */
    public Outcome call(Decision decision, ChatRequest request) {
        return new Walk(request, null).run(targets(decision.chain(), decision));
    }

    /** Answers as a stream; {@code listener} gets the text, with the target each piece comes from. */
    public Outcome stream(Decision decision, ChatRequest request, StreamListener listener) {
        return new Walk(request, new Delivered(listener)).run(targets(decision.chain(), decision));
    }

    /** The guard of each backend, by name. */
    public Map<String, BackendGuard> guards() {
        return guards;
    }

    private Deque<Target> targets(List<Route> chain, Decision decision) {
        Deque<Target> targets = new ArrayDeque<>();
        for (Route route : chain) {
            BackendGuard guard = guards.get(route.backend());
            String model = decision != null && route == decision.route() ? decision.model()
                    : route.model().orElse(guard.backend().models().get(0));
            targets.add(new Target(route, guard.backend(), model));
        }
        return targets;
    }

    /** An answer a cascade escalated, kept in case the escalation fails. */
    private record Held(Attempt attempt, Target target, Relay relay, ChatResult answer) {
        Outcome deliver(List<Attempt> failed, long modelNanos) {
            if (relay != null) {
                relay.flush();
            }
            return new Outcome(answer, target, failed, false, modelNanos);
        }
    }

    /** One request's way along its targets. */
    private final class Walk {
        private final ChatRequest request;
        private final Delivered delivered;
        private final List<Attempt> failed = new ArrayList<>();
        private Held escalated;
        private long modelNanos;

        Walk(ChatRequest request, Delivered delivered) {
            this.request = request;
            this.delivered = delivered;
        }

        Outcome run(Deque<Target> targets) {
            while (!targets.isEmpty()) {
                Target target = targets.poll();
                if (!target.backend().available()) {
                    failed.add(new Attempt(target.route().name(), target.backend().name(), new BackendException(
                            target.backend().name(), Kind.UNAVAILABLE, target.backend().unavailableReason(), null)));
                    continue;
                }
                try {
                    Optional<Outcome> outcome = attempt(target, targets);
                    if (outcome.isPresent()) {
                        return outcome.get();
                    }
                } catch (BackendException e) {
                    failed.add(new Attempt(target.route().name(), target.backend().name(), e));
                    if (!movesOn(e, target, targets)) {
                        throw failed.size() == 1 ? e : new NoRouteAvailableException(failed);
                    }
                }
            }
            if (escalated != null) {
                // The escalation failed too: the small model's answer is better than none.
                failed.remove(escalated.attempt());
                return escalated.deliver(failed, modelNanos);
            }
            throw new NoRouteAvailableException(failed);
        }

        /** The outcome, or empty when a cascade replaced the remaining targets. */
        private Optional<Outcome> attempt(Target target, Deque<Target> targets) {
            Route.Delivery delivery = target.route().delivery();
            String sentBefore = delivered == null ? "" : delivered.text();
            ChatRequest routed = (sentBefore.isEmpty() ? request : Continuation.of(request, sentBefore))
                    .withModel(target.model());
            Relay relay = delivered == null ? null : new Relay(target, delivered,
                    delivery.cascade().isPresent() ? Relay.HOLD_ALL : delivery.bufferTokens());
            ChatResult result = timed(target, routed, relay);
            Optional<String> unreliable = delivery.cascade().filter(c -> delivered == null || !delivered.committed())
                    .flatMap(c -> AnswerCheck.unreliable(result, request, c));
            if (unreliable.isPresent()) {
                escalate(target, relay, result, unreliable.get(), targets);
                return Optional.empty();
            }
            if (relay != null) {
                relay.flush();
            }
            ChatResult answer = sentBefore.isEmpty() ? result : new ChatResult(result.model(),
                    sentBefore + result.content(), result.toolCalls(), result.finishReason(), result.usage(), result.meanLogprob());
            return Optional.of(new Outcome(answer, target, failed, !sentBefore.isEmpty(), modelNanos));
        }

        private ChatResult timed(Target target, ChatRequest routed, Relay relay) {
            long start = System.nanoTime();
            try {
                return guards.get(target.backend().name()).call(routed, relay);
            } finally {
                modelNanos += System.nanoTime() - start;
            }
        }

        /** Keeps the unreliable answer in reserve and replaces the remaining targets by the cascade's chain. */
        private void escalate(Target target, Relay relay, ChatResult result, String why, Deque<Target> targets) {
            Attempt attempt = new Attempt(target.route().name(), target.backend().name(), new BackendException(
                    target.backend().name(), Kind.UNRELIABLE_ANSWER, why, null), result, target.model());
            failed.add(attempt);
            escalated = new Held(attempt, target, relay, result);
            targets.clear();
            targets.addAll(Dispatcher.this.targets(routes.chain(target.route().delivery().cascade().orElseThrow().to()), null));
        }

        private boolean movesOn(BackendException e, Target target, Deque<Target> targets) {
            if (delivered != null && delivered.committed() && !target.route().delivery().continueStreams()) {
                return false;
            }
            return switch (e.kind()) {
                case INVALID_REQUEST, CONTENT_FILTER -> false;
                // Another backend may have a larger context; the same backend will not.
                case CONTEXT_LENGTH_EXCEEDED -> {
                    targets.removeIf(t -> t.backend() == target.backend());
                    yield !targets.isEmpty();
                }
                default -> true;
            };
        }
    }
}

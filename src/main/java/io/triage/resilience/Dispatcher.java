package io.triage.resilience;

import io.triage.backend.BackendException;
import io.triage.backend.ChatBackend;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.route.Decision;
import io.triage.route.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends a request along its decision's chain: the chosen route first, then its fallbacks. A route
 * whose backend is unavailable is skipped; a failure that another backend might not have
 * (unavailable, overloaded, rate limited, timed out, server error, misconfigured) moves on to the
 * next route; a failure that is the request's own (invalid, too long, refused by a content filter)
 * is returned at once. A stream falls over only until its first piece of text was passed on.
 */
public final class Dispatcher {

    private final Map<String, ChatBackend> backends;

    public Dispatcher(Map<String, ChatBackend> backends) {
        this.backends = Map.copyOf(backends);
    }

    /** Answers in one piece. */
    public Outcome call(Decision decision, ChatRequest request) {
        return walk(decision, request, (target, routed) -> target.backend().chat(routed), new AtomicBoolean());
    }

    /** Answers as a stream; {@code listener} gets the text of the target that ends up answering. */
    public Outcome stream(Decision decision, ChatRequest request, StreamListener listener) {
        AtomicBoolean committed = new AtomicBoolean();
        return walk(decision, request, (target, routed) -> target.backend().stream(routed, text -> {
            committed.set(true);
            listener.onDelta(target, text);
        }), committed);
    }

    private Outcome walk(Decision decision, ChatRequest request, Call call, AtomicBoolean committed) {
        List<Attempt> failed = new ArrayList<>();
        for (Target target : targets(decision)) {
            if (!target.backend().available()) {
                failed.add(new Attempt(target.route().name(), target.backend().name(), new BackendException(
                        target.backend().name(), BackendException.Kind.UNAVAILABLE, target.backend().unavailableReason(), null)));
                continue;
            }
            try {
                return new Outcome(call.apply(target, request.withModel(target.model())), target, failed);
            } catch (BackendException e) {
                failed.add(new Attempt(target.route().name(), target.backend().name(), e));
                if (committed.get() || !fallsOver(e)) {
                    throw failed.size() == 1 ? e : new NoRouteAvailableException(failed);
                }
            }
        }
        throw new NoRouteAvailableException(failed);
    }

    private List<Target> targets(Decision decision) {
        List<Target> targets = new ArrayList<>();
        for (Route route : decision.chain()) {
            ChatBackend backend = backends.get(route.backend());
            String model = route == decision.route() ? decision.model()
                    : route.model().orElse(backend.models().get(0));
            targets.add(new Target(route, backend, model));
        }
        return targets;
    }

    private static boolean fallsOver(BackendException e) {
        return switch (e.kind()) {
            case INVALID_REQUEST, CONTEXT_LENGTH_EXCEEDED, CONTENT_FILTER -> false;
            default -> true;
        };
    }

    @FunctionalInterface
    private interface Call {
        ChatResult apply(Target target, ChatRequest request);
    }
}

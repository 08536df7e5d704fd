package io.triage.route;

import io.triage.chat.ChatRequest;
import io.triage.chat.Message;
import io.triage.chat.Role;
import io.triage.classify.Classification;
import io.triage.classify.Task;
import io.triage.classify.TaskClassifier;
import io.triage.classify.TokenEstimator;
import io.triage.classify.pii.PiiDetector;
import io.triage.classify.pii.PiiKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where each request goes. A routing alias ({@code auto} by default) means "classify and
 * follow the rules"; a route name sends the request down that route; a model that a backend serves
 * goes straight to that backend without classification; anything else is an
 * {@link UnknownModelException}. The rules can be replaced while requests are in flight.
 */
public final class Router {

    /** Header an agent framework can send to name the task and skip classification. */
    public static final String TASK_HINT_HEADER = "x-triage-task";

    private final TaskClassifier classifier;
    private final TokenEstimator tokens;
    private final PiiDetector pii = new PiiDetector();
    private final RouteTable routes;
    private final Map<String, BackendInfo> backends;
    private final Set<String> aliases;
    private volatile RuleSet rules;

    public Router(TaskClassifier classifier, TokenEstimator tokens, RuleSet rules, RouteTable routes,
                  Map<String, BackendInfo> backends, Set<String> aliases) {
        this.classifier = classifier;
        this.tokens = tokens;
        this.rules = rules;
        this.routes = routes;
        this.backends = Map.copyOf(backends);
        this.aliases = Set.copyOf(aliases);
    }

    /** Swaps in a new, already validated, rule set. */
    public void useRules(RuleSet newRules) {
        this.rules = newRules;
    }

    public RuleSet rules() {
        return rules;
    }

    public RouteTable routes() {
        return routes;
    }

    public Set<String> aliases() {
        return aliases;
    }

    /** Decides where {@code request} goes. */
    public Decision decide(ChatRequest request, RequestContext context) {
        String model = request.model();
        if (aliases.contains(model) || routes.get(model).isPresent()) {
            return routed(request, context);
        }
        for (BackendInfo backend : backends.values()) {
            if (backend.models().contains(model)) {
                return explicit(request, backend);
            }
        }
        throw new UnknownModelException(model, knownModels());
    }

    /** Every name a request's {@code model} may take: aliases, routes, then backend models. */
    public List<String> knownModels() {
        List<String> known = new ArrayList<>(aliases.stream().sorted().toList());
        routes.names().stream().filter(name -> !known.contains(name)).forEach(known::add);
        backends.values().forEach(b -> b.models().stream().filter(m -> !known.contains(m)).forEach(known::add));
        return known;
    }

    private Decision explicit(ChatRequest request, BackendInfo backend) {
        Route direct = new Route("direct:" + backend.name(), backend.name(), Optional.of(request.model()), List.of());
        return new Decision(direct, backend.name(), request.model(), backend.tier(), "explicit-model", Optional.empty(),
                tokens.estimate(request), 0, List.of(), List.of("model '" + request.model() + "' is served by backend '"
                + backend.name() + "': sent there directly, no classification"), List.of(direct));
    }

    private Decision routed(ChatRequest request, RequestContext context) {
        List<String> reasons = new ArrayList<>();
        long start = System.nanoTime();
        Classification classification = hint(request, context).orElseGet(() -> classifier.classify(request));
        long classifierNanos = System.nanoTime() - start;
        int size = tokens.estimate(request);
        List<String> personal = piiKinds(request);
        reasons.add("task " + classification.task().wireName() + " (confidence "
                + String.format(java.util.Locale.ROOT, "%.2f", classification.confidence()) + ")");
        reasons.addAll(classification.reasons());
        reasons.add("about " + size + " tokens" + (request.involvesTools() ? ", with tools" : ""));
        if (!personal.isEmpty()) {
            reasons.add("personal data or secrets: " + String.join(", ", personal));
        }

        Route route;
        String ruleId;
        Optional<Route> requested = routes.get(request.model());
        if (requested.isPresent()) {
            route = requested.get();
            ruleId = "requested-route";
            reasons.add("the request asked for route '" + route.name() + "'");
        } else {
            RuleSet current = rules;
            Signals signals = signals(request, context, classification, size, !personal.isEmpty());
            Optional<Rule> match = current.firstMatch(signals);
            ruleId = match.map(Rule::id).orElse("default");
            route = routes.get(match.map(Rule::route).orElse(current.defaultRoute())).orElseThrow();
            reasons.add(match.map(r -> "rule '" + r.id() + "' matched: " + r.when().describe())
                    .orElse("no rule matched: default route '" + route.name() + "'"));
        }
        BackendInfo backend = backends.get(route.backend());
        String model = route.model().orElse(backend.defaultModel());
        return new Decision(route, backend.name(), model, backend.tier(), ruleId, Optional.of(classification), size,
                classifierNanos, personal, reasons, routes.chain(route.name()));
    }

    /**
     * The same decision moved to {@code routeName}, keeping only the local-tier routes of its chain
     * (a tenant over budget must not fall back to a paid remote model).
     */
    public Decision redirectLocal(Decision decision, String routeName, String ruleId, String reason) {
        Route route = routes.get(routeName).orElseThrow(() -> new IllegalStateException("no route '" + routeName + "'"));
        BackendInfo backend = backends.get(route.backend());
        List<Route> chain = routes.chain(route.name()).stream()
                .filter(r -> backends.get(r.backend()).tier() == io.triage.backend.Tier.LOCAL).toList();
        List<String> reasons = new ArrayList<>(decision.reasons());
        reasons.add(reason);
        return new Decision(route, backend.name(), route.model().orElse(backend.defaultModel()), backend.tier(), ruleId,
                decision.classification(), decision.tokens(), decision.classifierNanos(), decision.pii(), reasons,
                chain.isEmpty() ? List.of(route) : chain);
    }

    private static Optional<Classification> hint(ChatRequest request, RequestContext context) {
        Optional<String> named = context.header(TASK_HINT_HEADER).or(() -> Optional.ofNullable(request.metadata().get("task")));
        return named.flatMap(Task::fromWire)
                .map(task -> new Classification(task, 1.0, 0.5, List.of("task named by the caller")));
    }

    private List<String> piiKinds(ChatRequest request) {
        java.util.EnumSet<PiiKind> found = java.util.EnumSet.noneOf(PiiKind.class);
        for (Message message : request.messages()) {
            found.addAll(pii.kinds(message.text()));
        }
        return found.stream().map(PiiKind::wireName).toList();
    }

    private static Signals signals(ChatRequest request, RequestContext context, Classification classification, int size,
                                   boolean personal) {
        Signals.Builder signals = Signals.builder()
                .put("task", classification.task().wireName())
                .put("confidence", classification.confidence())
                .put("complexity", classification.complexity())
                .put("tokens", size)
                .put("tools", request.involvesTools())
                .put("model", request.model())
                .put("tenant", context.tenant())
                .put("turns", request.messages().stream().filter(m -> m.role() == Role.USER).count())
                .put("images", request.messages().stream().anyMatch(Message::hasImage))
                .put("json", request.responseFormat().wantsJson())
                .put("pii", personal);
        context.headers().forEach(signals::header);
        return signals.build();
    }
}

package io.triage.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triage.accounting.Caller;
import io.triage.chat.ChatRequest;
import io.triage.config.Accounting;
import io.triage.config.Gateway;
import io.triage.route.RequestContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The OpenAI-compatible endpoints, on the Vert.x router: bodies are read with a size limit, parsed
 * once, and served on virtual threads so that model calls never block the event loop.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final String CALLER = "triage.caller";
    private static final Set<String> PRIVATE_HEADERS = Set.of("authorization", "cookie", "proxy-authorization", "x-api-key");

    private final Gateway gateway;
    private final ObjectMapper json;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("triage-request-", 0).factory());
    private final ChatRequestParser chatParser;
    private final CompletionRequestParser completionParser = new CompletionRequestParser();
    private final CompletionHandler completions;
    private final ModelsHandler models;
    private final AdminHandler admin;
    private final ResponseShape.Chat chatShape;
    private final ResponseShape.Text textShape;

    @Inject
    public ApiRoutes(Gateway gateway, ObjectMapper json) {
        this.gateway = gateway;
        this.json = json;
        this.chatParser = new ChatRequestParser(gateway.limits().maxMessages());
        Accounting accounting = gateway.accounting();
        this.completions = new CompletionHandler(gateway.router(), gateway.dispatcher(), gateway.cache(),
                new Admission(accounting, gateway.router()), accounting.accountant(), new RequestLog(accounting), json,
                Clock.systemUTC(), gateway.logPrompts());
        this.models = new ModelsHandler(gateway, json);
        this.admin = new AdminHandler(accounting, gateway.dispatcher().guards(), json, Clock.systemUTC());
        OpenAiJson shapes = new OpenAiJson(json);
        this.chatShape = new ResponseShape.Chat(shapes);
        this.textShape = new ResponseShape.Text(shapes);
    }

    void register(@Observes Router router) {
        router.route("/v1/*").order(-100).handler(BodyHandler.create(false).setBodyLimit(gateway.limits().maxBodyBytes()));
        router.post("/v1/chat/completions").handler(ctx -> serve(ctx, chatParser::parse, chatShape));
        router.post("/v1/completions").handler(ctx -> serve(ctx, completionParser::parse, textShape));
        router.route("/v1/*").order(-90).handler(this::authenticate);
        router.post("/v1/route").handler(ctx -> offload(ctx, () -> models.route(chatParser.parse(body(ctx)), context(ctx), ctx.response())));
        router.get("/v1/models").handler(ctx -> models.list(ctx.response()));
        router.get("/v1/models/:model").handler(ctx -> models.one(ctx.pathParam("model"), ctx.response()));
        router.get("/admin/usage").handler(ctx -> offload(ctx, () -> admin.usage(ctx.request(), ctx.response())));
        router.get("/admin/decisions").handler(ctx -> offload(ctx, () -> admin.decisions(ctx.request(), ctx.response())));
        router.get("/admin/series").handler(ctx -> offload(ctx, () -> admin.series(ctx.request(), ctx.response())));
        router.get("/admin/latency").handler(ctx -> offload(ctx, () -> admin.latency(ctx.request(), ctx.response())));
        router.get("/admin/backends").handler(ctx -> offload(ctx, () -> admin.backends(ctx.request(), ctx.response())));
        // the dashboard is static (META-INF/resources/dashboard); its data comes from /admin with the token.
        // Vert.x matches "/dashboard/" here too: that one goes on to the static files.
        router.get("/dashboard").handler(ctx -> {
            if (ctx.request().path().endsWith("/")) {
                ctx.next();
            } else {
                ctx.redirect("/dashboard/");
            }
        });
        router.route("/admin/*").order(10_000).handler(ctx -> fail(ctx, ApiErrors.ofStatus(404,
                ctx.request().method().name(), ctx.normalizedPath())));
        router.route("/admin/*").failureHandler(this::failure);
        router.route("/v1/*").order(10_000).handler(ctx -> fail(ctx, ApiErrors.ofStatus(
                isKnownPath(ctx.normalizedPath()) ? 405 : 404, ctx.request().method().name(), ctx.normalizedPath())));
        router.route("/v1/*").failureHandler(this::failure);
    }

    private void serve(RoutingContext ctx, Function<JsonNode, ChatRequest> parser, ResponseShape shape) {
        Caller caller = ctx.get(CALLER);
        offload(ctx, () -> completions.handle(parser.apply(body(ctx)), context(ctx, caller), caller, shape, ctx.response()));
    }

    /** Finds the caller's tenant by its API key; without tenants configured, everyone is the open caller. */
    private void authenticate(RoutingContext ctx) {
        var caller = gateway.accounting().tenants().authenticate(Credentials.bearer(ctx.request()));
        if (caller.isEmpty()) {
            fail(ctx, ApiErrors.of(new RequestRefusedException(401, "Incorrect or missing API key: send "
                    + "'Authorization: Bearer <your Triage key>'.", "invalid_request_error", "invalid_api_key")));
            return;
        }
        ctx.put(CALLER, caller.get());
        ctx.next();
    }

    private void offload(RoutingContext ctx, Runnable work) {
        workers.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                fail(ctx, ApiErrors.of(e));
            }
        });
    }

    private JsonNode body(RoutingContext ctx) {
        if (ctx.body() == null || ctx.body().isEmpty()) {
            throw new InvalidRequestException("The request body is empty; send a JSON object.", null, "invalid_json");
        }
        try {
            return json.readTree(ctx.body().buffer().getBytes());
        } catch (IOException e) {
            throw new InvalidRequestException("We could not parse the JSON body of your request: "
                    + firstLine(e.getMessage()) + ". The body must be valid JSON (UTF-8).", null, "invalid_json");
        }
    }

    private static RequestContext context(RoutingContext ctx) {
        Caller caller = ctx.get(CALLER);
        return context(ctx, caller == null ? Caller.OPEN : caller);
    }

    private static RequestContext context(RoutingContext ctx, Caller caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        ctx.request().headers().forEach(entry -> {
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            if (!PRIVATE_HEADERS.contains(name)) {
                headers.putIfAbsent(name, entry.getValue());
            }
        });
        return new RequestContext(caller.tenant().id(), headers);
    }

    private void failure(RoutingContext ctx) {
        ApiError error = ctx.failure() != null ? ApiErrors.of(ctx.failure())
                : ApiErrors.ofStatus(ctx.statusCode(), ctx.request().method().name(), ctx.normalizedPath());
        fail(ctx, error);
    }

    private void fail(RoutingContext ctx, ApiError error) {
        HttpResponses.error(ctx.response(), error, json);
    }

    private static boolean isKnownPath(String path) {
        return path.equals("/v1/chat/completions") || path.equals("/v1/completions") || path.equals("/v1/route")
                || path.equals("/v1/models") || path.startsWith("/v1/models/");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

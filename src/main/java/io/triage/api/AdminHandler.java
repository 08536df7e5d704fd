package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triage.accounting.GroupBy;
import io.triage.accounting.LatencyPercentiles;
import io.triage.accounting.RecentRequests;
import io.triage.accounting.SeriesPoint;
import io.triage.accounting.UsageTotals;
import io.triage.config.Accounting;
import io.triage.resilience.BackendGuard;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The admin API: {@code GET /admin/usage} (totals from the ledger, grouped), {@code GET /admin/decisions}
 * (recent routing decisions with their reasons), and for the dashboard {@code GET /admin/series}
 * (sums per time bucket), {@code GET /admin/latency} (percentiles) and {@code GET /admin/backends}
 * (availability and circuit breakers). Every call needs the admin token.
 */
final class AdminHandler {

    private static final int MAX_DECISIONS = 1_000;
    private static final int MAX_MINUTES = 31 * 24 * 60;
    private static final int MAX_BUCKETS = 2_000;

    private final Accounting accounting;
    private final Map<String, BackendGuard> guards;
    private final ObjectMapper json;
    private final AdminJson shapes;
    private final Clock clock;

    AdminHandler(Accounting accounting, Map<String, BackendGuard> guards, ObjectMapper json, Clock clock) {
        this.accounting = accounting;
        this.guards = guards;
        this.json = json;
        this.shapes = new AdminJson(json);
        this.clock = clock;
    }

    /** Refuses a caller without the admin token. */
    void authorize(HttpServerRequest request) {
        if (!accounting.tenants().isAdmin(Credentials.bearer(request))) {
            throw new RequestRefusedException(401, accounting.tenants().adminTokenHash() == null
                    ? "The admin API is disabled: no admin token is configured (set TRIAGE_ADMIN_TOKEN)."
                    : "Missing or wrong admin token: send 'Authorization: Bearer <admin token>'.",
                    "invalid_request_error", "invalid_admin_token");
        }
    }

    void usage(HttpServerRequest request, HttpServerResponse response) {
        authorize(request);
        GroupBy groupBy = AdminParams.groupBy(request, "route");
        Instant from = AdminParams.instant(request, "from", Instant.EPOCH);
        Instant to = AdminParams.instant(request, "to", clock.instant().plusSeconds(86_400));
        List<UsageTotals> totals = accounting.ledger().totals(groupBy, from, to);
        ObjectNode root = json.createObjectNode().put("object", "usage").put("group_by", name(groupBy))
                .put("from", from.toString()).put("to", to.toString()).put("currency", accounting.currency());
        ArrayNode groups = root.putArray("groups");
        for (UsageTotals t : totals) {
            ObjectNode node = shapes.totals(t);
            if (t.key().equals("total")) {
                root.set("total", node.without("key"));
            } else {
                groups.add(node);
            }
        }
        HttpResponses.json(response, 200, root, json);
    }

    void decisions(HttpServerRequest request, HttpServerResponse response) {
        authorize(request);
        int limit = Math.min(MAX_DECISIONS, AdminParams.integer(request, "limit", 100));
        Predicate<RecentRequests.Entry> filter = matches(request, "tenant", e -> e.record().tenant())
                .and(matches(request, "task", e -> e.record().task()))
                .and(matches(request, "tier", e -> e.record().tier()))
                .and(matches(request, "route", e -> e.record().route()))
                .and(matches(request, "rule", RecentRequests.Entry::rule));
        ObjectNode root = json.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        accounting.recent().newest(limit, filter).forEach(entry -> data.add(shapes.decision(entry)));
        HttpResponses.json(response, 200, root, json);
    }

    /** {@code ?group_by=tier&minutes=60&bucket=60}: sums per bucket (seconds) and group over the last minutes. */
    void series(HttpServerRequest request, HttpServerResponse response) {
        authorize(request);
        GroupBy groupBy = AdminParams.groupBy(request, "tier");
        int minutes = AdminParams.integer(request, "minutes", 60, 1, MAX_MINUTES);
        int bucket = AdminParams.integer(request, "bucket", 60, 1, 86_400);
        if ((long) minutes * 60 / bucket > MAX_BUCKETS) {
            throw new InvalidRequestException("'bucket' of " + bucket + " s over " + minutes + " minutes makes more than "
                    + MAX_BUCKETS + " buckets; use a larger bucket.", "bucket", "invalid_value");
        }
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofMinutes(minutes));
        List<SeriesPoint> points = accounting.ledger().series(groupBy, from, to, bucket);
        ObjectNode root = json.createObjectNode().put("object", "series").put("group_by", name(groupBy))
                .put("bucket_seconds", bucket).put("from", from.toString()).put("to", to.toString())
                .put("currency", accounting.currency());
        ArrayNode data = root.putArray("data");
        points.forEach(point -> data.add(shapes.point(point)));
        HttpResponses.json(response, 200, root, json);
    }

    /** {@code ?minutes=60}: p50, p95 and p99 of latency, gateway overhead and TTFT over the last minutes. */
    void latency(HttpServerRequest request, HttpServerResponse response) {
        authorize(request);
        int minutes = AdminParams.integer(request, "minutes", 60, 1, MAX_MINUTES);
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofMinutes(minutes));
        LatencyPercentiles latency = accounting.ledger().latency(from, to);
        ObjectNode root = json.createObjectNode().put("object", "latency").put("from", from.toString())
                .put("to", to.toString()).put("requests", latency.requests());
        root.set("latency_ms", shapes.percentiles(latency.latency()));
        root.set("overhead_ms", shapes.percentiles(latency.overhead()));
        root.set("ttft_ms", shapes.percentiles(latency.ttft()));
        HttpResponses.json(response, 200, root, json);
    }

    /** Every backend with its tier, models, availability and circuit-breaker state, by name. */
    void backends(HttpServerRequest request, HttpServerResponse response) {
        authorize(request);
        ObjectNode root = json.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        // the dispatcher's map has no stable order (Map.copyOf)
        guards.values().stream().sorted(Comparator.comparing(guard -> guard.backend().name()))
                .forEach(guard -> data.add(shapes.backend(guard)));
        HttpResponses.json(response, 200, root, json);
    }

    private static String name(GroupBy groupBy) {
        return groupBy.name().toLowerCase(Locale.ROOT);
    }

    private static Predicate<RecentRequests.Entry> matches(HttpServerRequest request, String param,
                                                           Function<RecentRequests.Entry, String> field) {
        String wanted = request.getParam(param);
        return wanted == null ? e -> true : e -> wanted.equals(field.apply(e));
    }
}

package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triage.accounting.GroupBy;
import io.triage.accounting.RecentRequests;
import io.triage.accounting.UsageRecord;
import io.triage.accounting.UsageTotals;
import io.triage.config.Accounting;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The admin API: {@code GET /admin/usage} (totals from the ledger, grouped) and
 * {@code GET /admin/decisions} (recent routing decisions with their reasons). Every call needs
 * the admin token.
 */
final class AdminHandler {

    private static final int MAX_DECISIONS = 1_000;

    private final Accounting accounting;
    private final ObjectMapper json;

    AdminHandler(Accounting accounting, ObjectMapper json) {
        this.accounting = accounting;
        this.json = json;
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
        String by = request.getParam("group_by", "route");
        GroupBy groupBy = GroupBy.parse(by).orElseThrow(() -> new InvalidRequestException("Unknown group_by '" + by
                + "': use route, tier, task, model, tenant or backend.", "group_by", "invalid_value"));
        Instant from = instant(request, "from", Instant.EPOCH);
        Instant to = instant(request, "to", Instant.now().plusSeconds(86_400));
        List<UsageTotals> totals = accounting.ledger().totals(groupBy, from, to);
        ObjectNode root = json.createObjectNode().put("object", "usage").put("group_by", by.toLowerCase(java.util.Locale.ROOT))
                .put("from", from.toString()).put("to", to.toString()).put("currency", accounting.currency());
        ArrayNode groups = root.putArray("groups");
        for (UsageTotals t : totals) {
            ObjectNode node = totalsJson(t);
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
        int limit = Math.min(MAX_DECISIONS, integer(request, "limit", 100));
        Predicate<RecentRequests.Entry> filter = matches(request, "tenant", e -> e.record().tenant())
                .and(matches(request, "task", e -> e.record().task()))
                .and(matches(request, "tier", e -> e.record().tier()))
                .and(matches(request, "route", e -> e.record().route()))
                .and(matches(request, "rule", RecentRequests.Entry::rule));
        ObjectNode root = json.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        accounting.recent().newest(limit, filter).forEach(entry -> data.add(decisionJson(entry)));
        HttpResponses.json(response, 200, root, json);
    }

    private ObjectNode totalsJson(UsageTotals t) {
        ObjectNode node = json.createObjectNode().put("key", t.key()).put("requests", t.requests())
                .put("prompt_tokens", t.promptTokens()).put("cached_tokens", t.cachedTokens())
                .put("completion_tokens", t.completionTokens());
        node.put("cost", t.cost()).put("baseline", t.baseline()).put("saved", t.saved());
        return node;
    }

    private ObjectNode decisionJson(RecentRequests.Entry entry) {
        UsageRecord r = entry.record();
        ObjectNode node = json.createObjectNode().put("id", r.id().toString()).put("at", r.at().toString())
                .put("tenant", r.tenant()).put("task", r.task()).put("tier", r.tier()).put("route", r.route())
                .put("backend", r.backend()).put("model", r.model()).put("rule", entry.rule())
                .put("cache", r.cache()).put("fallback_from", r.fallbackFrom()).put("status", r.status())
                .put("prompt_tokens", r.promptTokens()).put("completion_tokens", r.completionTokens())
                .put("cost", r.cost()).put("saved", r.saved()).put("latency_ms", r.latencyMillis());
        node.put("confidence", entry.confidence()).put("complexity", entry.complexity());
        node.putPOJO("reasons", entry.reasons());
        node.putPOJO("pii", entry.pii());
        return node;
    }

    private static Predicate<RecentRequests.Entry> matches(HttpServerRequest request, String param,
                                                           java.util.function.Function<RecentRequests.Entry, String> field) {
        String wanted = request.getParam(param);
        return wanted == null ? e -> true : e -> wanted.equals(field.apply(e));
    }

    private static Instant instant(HttpServerRequest request, String name, Instant fallback) {
        String value = request.getParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("'" + name + "' must be an ISO-8601 instant such as 2026-11-21T00:00:00Z.",
                    name, "invalid_value");
        }
    }

    private static int integer(HttpServerRequest request, String name, int fallback) {
        String value = request.getParam(name);
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value);
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("'" + name + "' must be a positive whole number.", name, "invalid_value");
        }
    }
}

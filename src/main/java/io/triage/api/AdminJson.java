package io.triage.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triage.accounting.LatencyPercentiles;
import io.triage.accounting.RecentRequests;
import io.triage.accounting.SeriesPoint;
import io.triage.accounting.UsageRecord;
import io.triage.accounting.UsageTotals;
import io.triage.backend.ChatBackend;
import io.triage.resilience.BackendGuard;

import java.util.Locale;

/** The admin API's JSON shapes, snake_case like OpenAI's. */
final class AdminJson {

    private final ObjectMapper json;

    AdminJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode totals(UsageTotals t) {
        ObjectNode node = json.createObjectNode().put("key", t.key()).put("requests", t.requests())
                .put("prompt_tokens", t.promptTokens()).put("cached_tokens", t.cachedTokens())
                .put("completion_tokens", t.completionTokens());
        node.put("cost", t.cost()).put("baseline", t.baseline()).put("saved", t.saved());
        return node;
    }

    ObjectNode decision(RecentRequests.Entry entry) {
        UsageRecord r = entry.record();
        ObjectNode node = json.createObjectNode().put("id", r.id().toString()).put("at", r.at().toString())
                .put("tenant", r.tenant()).put("task", r.task()).put("tier", r.tier()).put("route", r.route())
                .put("backend", r.backend()).put("model", r.model()).put("rule", entry.rule())
                .put("cache", r.cache()).put("fallback_from", r.fallbackFrom()).put("status", r.status())
                .put("prompt_tokens", r.promptTokens()).put("completion_tokens", r.completionTokens())
                .put("cost", r.cost()).put("saved", r.saved()).put("latency_ms", r.latencyMillis())
                .put("ttft_ms", r.ttftMillis()).put("overhead_ms", r.overheadMillis());
        node.put("confidence", entry.confidence()).put("complexity", entry.complexity());
        node.putPOJO("reasons", entry.reasons());
        node.putPOJO("pii", entry.pii());
        return node;
    }

    ObjectNode point(SeriesPoint p) {
        return json.createObjectNode().put("start", p.start().toString()).put("key", p.key())
                .put("requests", p.requests()).put("cost", p.cost()).put("saved", p.saved())
                .put("cache_hits", p.cacheHits()).put("fallbacks", p.fallbacks());
    }

    ObjectNode percentiles(LatencyPercentiles.Percentiles p) {
        return json.createObjectNode().put("count", p.count()).put("p50", p.p50()).put("p95", p.p95())
                .put("p99", p.p99());
    }

    ObjectNode backend(BackendGuard guard) {
        ChatBackend backend = guard.backend();
        ObjectNode node = json.createObjectNode().put("name", backend.name()).put("tier", backend.tier().wireName())
                .put("available", backend.available())
                .put("breaker", guard.breakerState().name().toLowerCase(Locale.ROOT));
        node.putPOJO("models", backend.models());
        if (!backend.available()) {
            node.put("unavailable_reason", backend.unavailableReason());
        }
        return node;
    }
}

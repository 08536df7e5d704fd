package io.triage.api;

import io.triage.accounting.GroupBy;
import io.vertx.core.http.HttpServerRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the admin API's query parameters; a bad value is an {@link InvalidRequestException} that
 * names the parameter and what it must be (OpenAI's {@code 400 invalid_request_error}).
 */
final class AdminParams {

    private AdminParams() {
    }

    static GroupBy groupBy(HttpServerRequest request, String fallback) {
        String by = request.getParam("group_by", fallback);
        return GroupBy.parse(by).orElseThrow(() -> new InvalidRequestException("Unknown group_by '" + by
                + "': use route, tier, task, model, tenant or backend.", "group_by", "invalid_value"));
    }

    static Instant instant(HttpServerRequest request, String name, Instant fallback) {
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

    /** A positive whole number. */
    static int integer(HttpServerRequest request, String name, int fallback) {
        return integer(request, name, fallback, 1, Integer.MAX_VALUE);
    }

    /** A whole number from {@code min} to {@code max}. */
    static int integer(HttpServerRequest request, String name, int fallback, int min, int max) {
        String value = request.getParam(name);
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("'" + name + "' must be " + (max == Integer.MAX_VALUE
                    ? "a positive whole number." : "a whole number from " + min + " to " + max + "."), name, "invalid_value");
        }
    }
}

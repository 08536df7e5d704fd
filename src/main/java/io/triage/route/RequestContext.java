package io.triage.route;

import java.util.Map;
import java.util.Optional;

/**
 * Who sent a request and with which headers.
 *
 * @param tenant  the tenant, or {@code default} when the gateway runs open
 * @param headers request headers, names in lower case
 */
public record RequestContext(String tenant, Map<String, String> headers) {

    public static final RequestContext ANONYMOUS = new RequestContext("default", Map.of());

    public RequestContext {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }
}

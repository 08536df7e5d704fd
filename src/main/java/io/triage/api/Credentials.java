package io.triage.api;

import io.vertx.core.http.HttpServerRequest;

/** Reading the secret a client presents: {@code Authorization: Bearer <key>}, or {@code x-api-key}. */
final class Credentials {

    private Credentials() {
    }

    /** The presented key, or null. */
    static String bearer(HttpServerRequest request) {
        String authorization = request.getHeader("authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return request.getHeader("x-api-key");
    }
}

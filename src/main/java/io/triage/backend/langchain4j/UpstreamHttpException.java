package io.triage.backend.langchain4j;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** A provider's error answer, with the {@code Retry-After} it asked for, if any. */
final class UpstreamHttpException extends HttpException {

    private final transient Duration retryAfter;

    private UpstreamHttpException(int statusCode, String message, Duration retryAfter) {
        super(statusCode, message);
        this.retryAfter = retryAfter;
    }

    /** @param header the response's header by name (case-insensitive), or null */
    static UpstreamHttpException of(int statusCode, String body, Function<String, String> header) {
        Duration retryAfter = Optional.ofNullable(header.apply("retry-after-ms")).flatMap(UpstreamHttpException::millis)
                .or(() -> Optional.ofNullable(header.apply("retry-after")).flatMap(UpstreamHttpException::secondsOrDate))
                .orElse(null);
        return new UpstreamHttpException(statusCode, body, retryAfter);
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static Optional<Duration> millis(String value) {
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(value.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code Retry-After} is either delay-seconds or an HTTP date (RFC 9110, section 10.2.3). */
    private static Optional<Duration> secondsOrDate(String value) {
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(value.trim()) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration delay = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}

package io.triage.cache;

import io.triage.chat.ChatResult;

import java.time.Instant;

/**
 * An answer kept for reuse.
 *
 * @param result  the answer as the model gave it
 * @param route   the route that answered
 * @param backend the backend that answered
 * @param at      when it was answered
 */
public record CachedAnswer(ChatResult result, String route, String backend, Instant at) {
}

/**
 * Calling backends so that a failure costs the caller as little as possible: a request walks its
 * route and then the route's fallbacks, skipping backends that are unavailable, until one answers.
 * Before the first byte reaches the client a failure falls over silently; after it, the failure is
 * reported, never hidden.
 */
package io.triage.resilience;

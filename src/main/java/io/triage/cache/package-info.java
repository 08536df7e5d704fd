/**
 * Answers kept for reuse: an exact cache keyed by the tenant and everything that changes an answer,
 * and a semantic cache that finds a near-identical earlier question of the same tenant on the same
 * route with the same context. Only complete, successful answers are kept; policies in
 * {@code policies/cache.yaml} say which routes cache and how.
 */
package io.triage.cache;

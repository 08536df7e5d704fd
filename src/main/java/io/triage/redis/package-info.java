/**
 * Shared state for running several gateway instances behind a load balancer: the exact answer
 * cache, the tenant rate counters and the budget counters kept in Redis instead of each
 * instance's memory. Switched on by {@code triage.redis.url}; without it nothing here is used.
 * Implements the interfaces of {@code cache} and {@code accounting}; nothing depends on this
 * package except the start-up wiring in {@code config}.
 */
package io.triage.redis;

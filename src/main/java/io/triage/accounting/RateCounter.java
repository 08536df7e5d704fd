package io.triage.accounting;

/**
 * Counts each tenant's requests against its rate limit. {@link LocalRateCounter} counts in
 * memory for one instance; a shared implementation (Redis) counts across instances.
 */
public interface RateCounter {

    /** Counts one request of the tenant; false when the tenant has used up its rate limit for now. */
    boolean tryAcquire(Tenant tenant);
}

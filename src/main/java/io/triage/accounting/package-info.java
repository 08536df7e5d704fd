/**
 * What requests cost: prices ({@code policies/pricing.yaml}), the cost, baseline and saving of each
 * request, tenants and their budgets ({@code policies/tenants.yaml}), and the ledger that keeps one
 * record per request. Plain Java; the gateway wires it in {@code config}.
 */
package io.triage.accounting;

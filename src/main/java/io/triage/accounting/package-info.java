/**
 * What requests cost: prices ({@code policies/pricing.yaml}), the cost, baseline and saving of each
 * request, tenants and their budgets ({@code policies/tenants.yaml}), and the ledger that keeps one
 * record per request. The ledger ({@link io.triage.accounting.JdbcLedger}) writes off the request path
 * through a write-ahead log and one writer thread, to an H2 file or PostgreSQL chosen by JDBC URL.
 * Plain Java; the gateway wires it in {@code config}.
 */
package io.triage.accounting;

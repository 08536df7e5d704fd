/**
 * Configuration: the {@code triage.*} properties ({@link io.triage.config.TriageConfig}), and the
 * start-up wiring that turns them, the rules and the policies into the gateway's objects. Every
 * property can be set in {@code application.properties}, as a system property or as an environment
 * variable ({@code triage.remote.base-url} is {@code TRIAGE_REMOTE_BASE_URL}).
 */
package io.triage.config;

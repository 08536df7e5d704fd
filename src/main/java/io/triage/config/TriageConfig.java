package io.triage.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Every {@code triage.*} property. */
@ConfigMapping(prefix = "triage")
public interface TriageConfig {

    /** The local small model, backend {@code local}: set {@code base-url} or {@code model-path}. */
    BackendConfig local();

    /** The remote large model, backend {@code remote}. */
    BackendConfig remote();

    /** More named backends, for routes that need them. */
    Map<String, BackendConfig> backends();

    /** Model names that mean "classify and route" (comma-separated). */
    @WithDefault("auto")
    List<String> aliases();

    /** Routing rules. */
    Rules rules();

    /** Policies. */
    Policies policies();

    /** Request limits. */
    Limits limits();

    /** Where the routing rules are and how often they are checked for changes. */
    interface Rules {
        /** Directory of {@code *.yaml} rule files; the rules packaged in the jar when it does not exist. */
        @WithDefault("router-rules")
        String dir();

        /** How often the rule files are checked for changes; 0 switches reloading off. */
        @WithDefault("2s")
        Duration reloadInterval();
    }

    /** Where the policy files are. */
    interface Policies {
        /** Directory of policy files ({@code routes.yaml}, ...); the packaged policies when it does not exist. */
        @WithDefault("policies")
        String dir();
    }

    /** Limits on what a request may contain. */
    interface Limits {
        /** The largest request body accepted, in bytes. */
        @WithDefault("4194304")
        long maxBodyBytes();

        /** The most messages a request may have. */
        @WithDefault("1024")
        int maxMessages();
    }
}

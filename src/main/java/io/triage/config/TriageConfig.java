package io.triage.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
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

    /** The task classifier. */
    Classifier classifier();

    /** Routing rules. */
    Rules rules();

    /** Policies. */
    Policies policies();

    /** Request limits. */
    Limits limits();

    /** Which task classifier runs and with what. */
    interface Classifier {
        /** {@code embedding}: the trained classifier (ONNX embedding and head); {@code heuristic}: keywords and structure only. */
        @WithDefault("embedding")
        String kind();

        /** The trained classifier written by {@code bin/train-classifier}. */
        @WithDefault("router-rules/classifier/model.json")
        String model();

        /** Embeddings of recent prompts kept in memory, so a repeated prompt is not embedded again. */
        @WithDefault("10000")
        long cacheSize();

        /** ONNX Runtime threads per classification; 1 lets concurrent requests use the other cores. */
        @WithDefault("1")
        int threads();
    }

    /** Where the routing rules are and how often they are checked for changes. */
    interface Rules {
        /** Directory of {@code *.yaml} rule files; the rules packaged in the jar when it does not exist. */
        @WithDefault("router-rules")
        String dir();

        /** How often the rule files are checked for changes; 0 switches reloading off. */
        @WithDefault("2s")
        Duration reloadInterval();
    }

    /** The price list. */
    Pricing pricing();

    /** Tenants and their keys. */
    TenantsFile tenants();

    /** The request ledger. */
    Ledger ledger();

    /** The admin API. */
    Admin admin();

    /** Debugging aids; all off by default. */
    Debug debug();

    /** Debugging aids. */
    interface Debug {
        /** Log every request's messages at INFO (prompts may hold personal data: never on in production). */
        @WithDefault("false")
        boolean logPrompts();
    }

    /** Shared state for several instances. */
    Redis redis();

    /** Where the prices are. */
    interface Pricing {
        /** The price list file; {@code <policies dir>/pricing.yaml} when not set. */
        Optional<String> file();
    }

    /** Where the tenants are. */
    interface TenantsFile {
        /** The tenants file; {@code <policies dir>/tenants.yaml} when not set. Without one the gateway runs open. */
        Optional<String> file();
    }

    /** Where the one-record-per-request ledger is kept. */
    interface Ledger {
        /** JDBC URL: an H2 file by default (nothing to install); {@code jdbc:postgresql://host/db} for PostgreSQL. */
        @WithDefault("jdbc:h2:file:./data/triage-ledger")
        String url();

        /** Database user. */
        Optional<String> user();

        /** Database password. */
        Optional<String> password();

        /** Directory of the write-ahead log that keeps records safe until they are in the database. */
        @WithDefault("data/ledger-wal")
        String walDir();
    }

    /** Redis, for state shared by several instances behind a load balancer. */
    interface Redis {
        /**
         * {@code redis://[user:password@]host:port[/db]}: the exact cache, tenant rate limits and budget
         * counters are kept there and shared; absent, each instance keeps them in its own memory.
         */
        Optional<String> url();

        /** The longest wait for one Redis command; after it the cache misses and limits let the request through. */
        @WithDefault("2s")
        Duration timeout();
    }

    /** The admin API and dashboard. */
    interface Admin {
        /** The admin token (clients send {@code Authorization: Bearer <token>}); or its SHA-256 in tenants.yaml. */
        Optional<String> token();
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

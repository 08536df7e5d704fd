package io.triage.config;

import io.triage.accounting.Caller;
import io.triage.accounting.KeyHash;
import io.triage.accounting.PriceList;
import io.triage.accounting.Tenants;
import io.triage.backend.Tier;
import io.triage.cache.CachePolicy;
import io.triage.resilience.ResiliencePolicy;
import io.triage.route.Route;
import io.triage.route.RouteTable;
import io.triage.route.RouteTableLoader;
import io.triage.route.RuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped policy files load, and a bad one fails naming its file, key and value. */
class PolicyFilesTest {

    private static final Path SHIPPED = Path.of("policies");
    private static final Set<String> BACKENDS = Set.of("local", "remote");

    @TempDir
    Path dir;

    @Test
    void shippedResiliencePolicy_overridesTheDefaultsForLocalOnly() {
        Map<String, ResiliencePolicy> policies = ResiliencePolicies.load(SHIPPED, BACKENDS);
        assertThat(policies.get("local").maxConcurrent()).isEqualTo(8);
        assertThat(policies.get("local").firstTokenTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policies.get("local").retry().maxAttempts()).isEqualTo(2);
        assertThat(policies.get("remote").maxConcurrent()).isZero();
        assertThat(policies.get("remote").firstTokenTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void noResilienceFile_meansTheBuiltInDefaults() {
        assertThat(ResiliencePolicies.load(dir, BACKENDS).get("remote")).isEqualTo(ResiliencePolicy.DEFAULT);
    }

    @Test
    void badResilienceValues_nameTheFileKeyAndValue() throws IOException {
        write("resilience.yaml", "version: 1\ndefaults:\n  retry:\n    backoff: soon\n");
        assertThatThrownBy(() -> ResiliencePolicies.load(dir, BACKENDS)).isInstanceOf(RuleException.class)
                .hasMessageContaining("resilience.yaml").hasMessageContaining("defaults.retry.backoff")
                .hasMessageContaining("'soon'");
        write("resilience.yaml", "version: 1\nbackends:\n  gpu:\n    max_concurrent: 2\n");
        assertThatThrownBy(() -> ResiliencePolicies.load(dir, BACKENDS)).hasMessageContaining("backends.gpu")
                .hasMessageContaining("unknown key");
        write("resilience.yaml", "version: 1\ndefaults:\n  max_concurrent: -1\n");
        assertThatThrownBy(() -> ResiliencePolicies.load(dir, BACKENDS)).hasMessageContaining("defaults.max_concurrent");
    }

    @Test
    void shippedCachePolicy_cachesDeterministicRequestsExactly_andNothingSemantically() {
        CachePolicy policy = CachePolicies.load(SHIPPED, Set.of("local", "remote"));
        assertThat(policy.forRoute("local").exact()).isEqualTo(CachePolicy.ExactMode.DETERMINISTIC);
        assertThat(policy.forRoute("local").semanticThreshold()).isNull();
        assertThat(policy.exactEntries()).isEqualTo(10_000);
    }

    @Test
    void cachePolicy_perRoute_readsUnquotedOffAndAThreshold_andRejectsUnknownRoutes() throws IOException {
        write("cache.yaml", "version: 1\nroutes:\n  local: {exact: off, semantic_threshold: 0.9}\n");
        CachePolicy policy = CachePolicies.load(dir, Set.of("local", "remote"));
        assertThat(policy.forRoute("local").exact()).isEqualTo(CachePolicy.ExactMode.OFF);
        assertThat(policy.forRoute("local").semanticThreshold()).isEqualTo(0.9);
        write("cache.yaml", "version: 1\nroutes:\n  gpu: {exact: always}\n");
        assertThatThrownBy(() -> CachePolicies.load(dir, Set.of("local"))).hasMessageContaining("routes.gpu");
        write("cache.yaml", "version: 1\nroutes:\n  local: {semantic_threshold: 2}\n");
        assertThatThrownBy(() -> CachePolicies.load(dir, Set.of("local"))).hasMessageContaining("routes.local.semantic_threshold");
    }

    @Test
    void routes_readDeliverySettings_andACascadeToAnUnknownRouteFails() throws IOException {
        write("routes.yaml", """
                version: 1
                routes:
                  local:
                    backend: local
                    buffer_tokens: 32
                    on_stream_failure: error
                    cascade: {to: remote, on: [refusal], min_mean_logprob: -1.2}
                  remote:
                    backend: remote
                """);
        RouteTable routes = new RouteTableLoader(BACKENDS).load(dir);
        Route.Delivery delivery = routes.get("local").orElseThrow().delivery();
        assertThat(delivery.bufferTokens()).isEqualTo(32);
        assertThat(delivery.continueStreams()).isFalse();
        assertThat(delivery.cascade()).hasValue(new Route.Cascade("remote", -1.2, false, true, false, false));
        assertThat(routes.get("remote").orElseThrow().delivery()).isEqualTo(Route.Delivery.DEFAULT);

        write("routes.yaml", "version: 1\nroutes:\n  local: {backend: local, cascade: {to: cloud}}\n");
        assertThatThrownBy(() -> new RouteTableLoader(BACKENDS).load(dir)).hasMessageContaining("routes.local.cascade.to")
                .hasMessageContaining("'cloud'");
    }

    @Test
    void shippedPrices_coverTheDefaultModels_andAnUnpricedServedModelStopsTheStartUp() {
        PriceList prices = PricingPolicy.load(SHIPPED.resolve("pricing.yaml"),
                Map.of("gpt-4o-mini", Tier.REMOTE, "qwen2.5-0.5b-instruct", Tier.LOCAL), "gpt-4o-mini");
        assertThat(prices.of("qwen2.5-0.5b-instruct").orElseThrow().output()).isPositive();
        assertThatThrownBy(() -> PricingPolicy.load(SHIPPED.resolve("pricing.yaml"), Map.of("big-model", Tier.REMOTE),
                "gpt-4o-mini")).hasMessageContaining("no price for model 'big-model'");
    }

    @Test
    void localModelWithoutAPrice_takesTheLocalDefault_neverZero() {
        PriceList prices = PricingPolicy.load(SHIPPED.resolve("pricing.yaml"), Map.of("qwen2.5:0.5b", Tier.LOCAL), "gpt-4o-mini");
        assertThat(prices.of("qwen2.5:0.5b").orElseThrow().output()).isPositive();
    }

    @Test
    void tenants_storeOnlyHashes_andAPlainKeyIsRefused() throws IOException {
        write("tenants.yaml", "version: 1\ntenants:\n  acme:\n    keys:\n      - {id: ci, sha256: " + KeyHash.of("sk-1") + "}\n");
        Tenants tenants = TenantsPolicy.load(dir.resolve("tenants.yaml"), Set.of("local", "remote"), Optional.of("admin"));
        assertThat(tenants.authenticate("sk-1")).hasValueSatisfying(c -> assertThat(c.tenant().id()).isEqualTo("acme"));
        assertThat(tenants.authenticate("sk-2")).isEmpty();
        assertThat(tenants.isAdmin("admin")).isTrue();
        write("tenants.yaml", "version: 1\ntenants:\n  acme:\n    keys:\n      - {id: ci, sha256: sk-1}\n");
        assertThatThrownBy(() -> TenantsPolicy.load(dir.resolve("tenants.yaml"), Set.of("local"), Optional.empty()))
                .hasMessageContaining("tenants.acme.keys[0].sha256").hasMessageContaining("never the secret itself");
    }

    @Test
    void noTenantsFile_runsOpen() {
        Tenants tenants = TenantsPolicy.load(dir.resolve("tenants.yaml"), Set.of("local"), Optional.empty());
        assertThat(tenants.isOpen()).isTrue();
        assertThat(tenants.authenticate(null)).contains(Caller.OPEN);
        assertThat(tenants.isAdmin("anything")).isFalse();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}

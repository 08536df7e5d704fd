package io.triage.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts two fake OpenAI-compatible servers, one standing in for the local small model and one
 * for the remote large model, and points the gateway at them.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    private static FakeOpenAiServer local;
    private static FakeOpenAiServer remote;

    public static FakeOpenAiServer local() {
        return local;
    }

    public static FakeOpenAiServer remote() {
        return remote;
    }

    @Override
    public Map<String, String> start() {
        local = new FakeOpenAiServer("local");
        remote = new FakeOpenAiServer("remote");
        return Map.of(
                "triage.local.base-url", local.baseUrl(),
                "triage.local.model", "small-local",
                "triage.remote.base-url", remote.baseUrl(),
                "triage.remote.api-key", "test-key",
                "triage.remote.model", "large-remote",
                "triage.pricing.file", "src/test/resources/pricing/pricing.yaml",
                "triage.ledger.url", "jdbc:h2:mem:triage-ledger;DB_CLOSE_DELAY=-1",
                "triage.ledger.wal-dir", "target/it-ledger-wal");
    }

    @Override
    public void stop() {
        local.close();
        remote.close();
    }
}

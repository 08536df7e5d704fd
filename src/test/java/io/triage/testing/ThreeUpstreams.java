package io.triage.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Three fake OpenAI-compatible servers: the local small model, the remote primary and a remote
 * secondary (backend {@code secondary}), for fallback chains such as remote → secondary → local.
 */
public class ThreeUpstreams implements QuarkusTestResourceLifecycleManager {

    private static FakeOpenAiServer local;
    private static FakeOpenAiServer remote;
    private static FakeOpenAiServer secondary;

    public static FakeOpenAiServer local() {
        return local;
    }

    public static FakeOpenAiServer remote() {
        return remote;
    }

    public static FakeOpenAiServer secondary() {
        return secondary;
    }

    /** Every server answers normally again and forgets its requests. */
    public static void resetAll() {
        local.reset();
        remote.reset();
        secondary.reset();
    }

    @Override
    public Map<String, String> start() {
        local = new FakeOpenAiServer("local");
        remote = new FakeOpenAiServer("remote");
        secondary = new FakeOpenAiServer("secondary");
        return Map.of(
                "triage.local.base-url", local.baseUrl(),
                "triage.local.model", "small-local",
                "triage.local.logprobs", "true",
                "triage.remote.base-url", remote.baseUrl(),
                "triage.remote.api-key", "test-key",
                "triage.remote.model", "large-remote",
                "triage.backends.secondary.base-url", secondary.baseUrl(),
                "triage.backends.secondary.model", "large-secondary",
                "triage.backends.secondary.tier", "remote");
    }

    @Override
    public void stop() {
        local.close();
        remote.close();
        secondary.close();
    }
}

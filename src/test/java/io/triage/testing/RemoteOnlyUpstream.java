package io.triage.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Only a remote upstream: the gateway starts with no local model configured. */
public class RemoteOnlyUpstream implements QuarkusTestResourceLifecycleManager {

    private static FakeOpenAiServer remote;

    public static FakeOpenAiServer remote() {
        return remote;
    }

    @Override
    public Map<String, String> start() {
        remote = new FakeOpenAiServer("remote");
        return Map.of("triage.remote.base-url", remote.baseUrl(), "triage.remote.model", "large-remote");
    }

    @Override
    public void stop() {
        remote.close();
    }
}

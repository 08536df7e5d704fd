package io.triage.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Adds a backend {@code claude} on a fake Anthropic server beside fake local and remote OpenAI-compatible ones. */
public class AnthropicUpstream implements QuarkusTestResourceLifecycleManager {

    private static FakeAnthropicServer anthropic;
    private static FakeOpenAiServer openAi;

    public static FakeAnthropicServer anthropic() {
        return anthropic;
    }

    @Override
    public Map<String, String> start() {
        anthropic = new FakeAnthropicServer();
        openAi = new FakeOpenAiServer("remote");
        return Map.of(
                "triage.remote.base-url", openAi.baseUrl(),
                "triage.backends.claude.provider", "anthropic",
                "triage.backends.claude.base-url", anthropic.baseUrl(),
                "triage.backends.claude.api-key", "sk-ant-test-key",
                "triage.backends.claude.model", "claude-test");
    }

    @Override
    public void stop() {
        anthropic.close();
        openAi.close();
    }
}

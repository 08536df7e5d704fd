package io.triage.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The HTTP surface against the packaged application (the jar that bin/run and the Docker image
 * start), in its own process: catches what only packaging breaks, such as class loading.
 */
@QuarkusIntegrationTest
class PackagedGatewayIT extends ChatCompletionsTest {
}

package io.triage.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.triage.testing.FakeUpstreams;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 fuzzed bad requests (seeded): invalid JSON, wrong types, huge and deeply nested values,
 * invalid UTF-8, missing fields, unknown roles, against every endpoint that takes a body. Every
 * answer must be below 500, every error OpenAI-shaped, and the gateway healthy afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class FuzzTest {

    private static final int REQUESTS = 10_000;
    private static final List<String> PATHS = List.of("/v1/chat/completions", "/v1/completions", "/v1/route");

    @TestHTTPResource("/")
    URI root;

    @Test
    void tenThousandBadRequests_getOnly4xxOpenAiErrors_andTheGatewayStaysHealthy() throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                Random random = new Random(1_000 + worker);
                done.add(pool.submit(() -> fire(client, random, REQUESTS / 4, statuses, failures)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.println("fuzz statuses: " + new TreeMap<>(statuses));
        assertThat(failures).as("responses with status >= 500 or without an OpenAI error body").isEmpty();
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
        assertThat(statuses.keySet()).allMatch(status -> status < 500);
        assertThat(send(client, "/q/health/ready", "".getBytes()).statusCode()).isEqualTo(200);
        HttpResponse<String> valid = send(client, "/v1/chat/completions", Mutations.VALID.getBytes(StandardCharsets.UTF_8));
        assertThat(valid.statusCode()).isEqualTo(200);
    }

    private void fire(HttpClient client, Random random, int count, Map<Integer, Integer> statuses, List<String> failures) {
        for (int i = 0; i < count; i++) {
            String path = PATHS.get(random.nextInt(PATHS.size()));
            byte[] body = Mutations.next(random);
            try {
                HttpResponse<String> response = send(client, path, body);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() >= 500 || (response.statusCode() >= 400 && !openAiError(response.body()))) {
                    failures.add(response.statusCode() + " " + path + " " + preview(body) + " -> " + preview(response.body().getBytes()));
                }
            } catch (Exception e) {
                failures.add("no response for " + path + " " + preview(body) + ": " + e);
            }
        }
    }

    private HttpResponse<String> send(HttpClient client, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path));
        request = path.startsWith("/q/") ? request.GET()
                : request.header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean openAiError(String body) {
        try {
            JsonObject error = new JsonObject(body).getJsonObject("error");
            return error != null && error.getString("message") != null && error.getString("type") != null
                    && error.containsKey("param") && error.containsKey("code");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}

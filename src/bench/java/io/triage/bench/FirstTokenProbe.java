package io.triage.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Time to first token of streamed completions, one request at a time: the time from sending the
 * request to reading the first {@code data:} line that carries text. Prints {@code p50 p99} in
 * milliseconds. Usage: {@code FirstTokenProbe <url> <body file> <requests>}.
 */
public final class FirstTokenProbe {

    private FirstTokenProbe() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String body = java.nio.file.Files.readString(java.nio.file.Path.of(args[1]));
        int requests = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double[] millis = new double[requests];
        for (int i = -requests / 5; i < requests; i++) {
            double ttft = firstToken(client, url, body.replace("#N", Integer.toString(i + 100_000)));
            if (i >= 0) {
                millis[i] = ttft;
            }
        }
        Arrays.sort(millis);
        System.out.printf(java.util.Locale.ROOT, "%.3f %.3f%n", millis[requests / 2], millis[(int) (requests * 0.99)]);
    }

    private static double firstToken(HttpClient client, URI url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            double first = -1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (first < 0 && line.startsWith("data:") && line.contains("\"content\":\"") && !line.contains("\"content\":\"\"")) {
                    first = (System.nanoTime() - start) / 1e6;
                }
            }
            if (first < 0) {
                throw new IllegalStateException("no text in the stream from " + url + " (status " + response.statusCode() + ")");
            }
            return first;
        }
    }
}

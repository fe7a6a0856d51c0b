package org.ocoj.dist;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Asks a starting or stopping server what a load balancer and an agent would ask — the UI's root, {@code /health},
 * {@code /health/ready}, the agent and the client API — every 50 ms, and keeps every answer it got (not the
 * refused connections) until {@link #stop()}. Issue 21: such a server may refuse the connection, answer 503 (in
 * JSON; outside {@code /health} with {@code Retry-After}) or give the real answer — never the container's 404
 * page or an empty 500.
 */
final class EdgeProbe implements AutoCloseable {

    private static final List<String> PATHS = List.of("", "health", "health/ready", "api-agent.php", "api-client.php");

    /** One answer; {@code at} in milliseconds since the epoch. */
    record Answer(String path, int status, String contentType, String retryAfter, String body, long at) {
        @Override
        public String toString() {
            return "/" + path + " " + status + " [" + contentType + ", Retry-After " + retryAfter + "] "
                    + body.substring(0, Math.min(100, body.length()));
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    EdgeProbe(URI base) {
        this.base = base;
        thread = new Thread(this::poll, "edge-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            for (String path : PATHS) {
                try {
                    Answer answer = ask(path);
                    answers.add(answer);
                } catch (IOException e) {
                    // no connection (yet, or any more): what a start or a stop may show
                } catch (InterruptedException e) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Answer ask(String path) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5));
        HttpRequest request = (path.endsWith(".php") ? builder.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")) : builder.GET()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(""), response.body(), System.currentTimeMillis());
    }

    /** The status of each path on a server that serves: what the probe's paths really answer. */
    Map<String, Integer> realStatuses() throws IOException, InterruptedException {
        Map<String, Integer> real = new HashMap<>();
        for (String path : PATHS) {
            real.put(path, ask(path).status());
        }
        return real;
    }

    /** The answers no client should get from a starting or stopping server, given the real answers. */
    static List<Answer> wrong(List<Answer> answers, Map<String, Integer> real) {
        return answers.stream().filter(answer -> !acceptable(answer, real.get(answer.path()))).toList();
    }

    private static boolean acceptable(Answer answer, int realStatus) {
        if (answer.status() == 503) {
            boolean json = answer.contentType().startsWith("application/json") && answer.body().startsWith("{");
            return json && (answer.path().startsWith("health") || !answer.retryAfter().isEmpty());
        }
        return answer.status() == realStatus && (answer.path().isEmpty() || !answer.body().contains("<!DOCTYPE"));
    }

    /** The answers got until now, in order. */
    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** Stops asking; the answers got until now. */
    List<Answer> stop() throws InterruptedException {
        running = false;
        thread.join(10_000);
        return answers();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}

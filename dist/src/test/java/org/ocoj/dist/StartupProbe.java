package org.ocoj.dist;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Asks a starting server's root, {@code /health} and agent endpoint every 100 ms, as a load balancer or an agent
 * would, and keeps every answer it got (not the refused connections) until {@link #stop()}.
 */
final class StartupProbe implements AutoCloseable {

    private static final List<String> PATHS = List.of("", "health", "api-agent.php");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> answers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    StartupProbe(URI base) {
        thread = new Thread(() -> poll(base), "startup-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll(URI base) {
        while (running) {
            for (String path : PATHS) {
                HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5));
                HttpRequest request = (path.endsWith(".php") ? builder.POST(HttpRequest.BodyPublishers.ofString("{}"))
                        : builder.GET()).build();
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    String body = answer.body();
                    answers.add("/" + path + " " + answer.statusCode() + " " + body.substring(0, Math.min(80, body.length())));
                } catch (IOException e) {
                    // no connection yet: what a start may show
                } catch (InterruptedException e) {
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** An answer no client should get from a starting server: the container's 404 page or a 5xx other than 503. */
    static boolean isContainerError(String answer) {
        int status = Integer.parseInt(answer.split(" ")[1]);
        return status == 404 || status >= 500 && status != 503 || answer.contains("<!DOCTYPE");
    }

    /** Stops asking; the answers got until now. */
    List<String> stop() throws InterruptedException {
        running = false;
        thread.join(10_000);
        return List.copyOf(answers);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}

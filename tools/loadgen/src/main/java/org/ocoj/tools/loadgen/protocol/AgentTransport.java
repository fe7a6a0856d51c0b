package org.ocoj.tools.loadgen.protocol;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.ocoj.tools.loadgen.stats.ErrorKind;

/**
 * POSTs signed agent requests to {@code /api-agent.php} with the headers of the Python agent (SPEC §1.2):
 * exactly {@code application/json}, lowercase {@code x-oco-agent-signature}, HTTP/1.1 keep-alive.
 */
public final class AgentTransport {

    /** What came back: status, body text and the server's signature header (null if absent). */
    public record Response(int status, String body, String serverSignature) {
    }

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    public AgentTransport(URI baseUrl, Duration timeout) {
        this.url = baseUrl.resolve("/api-agent.php");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    public Response post(byte[] body, String signature) throws AgentFailure {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("content-type", "application/json")
                .header("x-oco-agent-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("x-oco-server-signature").orElse(null));
        } catch (HttpTimeoutException e) {
            throw new AgentFailure(ErrorKind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms from " + url);
        } catch (IOException e) {
            throw new AgentFailure(ErrorKind.CONNECTION, e.getClass().getSimpleName() + " talking to " + url + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentFailure(ErrorKind.CONNECTION, "interrupted");
        }
    }
}

package org.ocoj.tools.loadgen.protocol;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.ocoj.tools.loadgen.stats.ErrorKind;

/**
 * POSTs signed agent requests to {@code /api-agent.php} with the headers of the Python agent (SPEC §1.2):
 * exactly {@code application/json}, lowercase {@code x-oco-agent-signature}, HTTP/1.1 keep-alive. Blocking
 * I/O on the calling thread (Apache HttpClient classic): the generator runs on the same cores as the server,
 * so the client must cost as little CPU per request as it can.
 */
public final class AgentTransport implements AutoCloseable {

    /** What came back: status, body text and the server's signature header (null if absent). */
    public record Response(int status, String body, String serverSignature) {
    }

    /** Exactly what the Python agent sends: no charset parameter. */
    private static final ContentType JSON = ContentType.create("application/json");

    private final URI url;
    private final Duration timeout;
    private final CloseableHttpClient http;

    public AgentTransport(URI baseUrl, Duration timeout) {
        this.url = baseUrl.resolve("/api-agent.php");
        this.timeout = timeout;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(4096).setMaxConnPerRoute(4096)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(3))
                        .setSocketTimeout(Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS)).build())
                .build();
        this.http = HttpClients.custom().setConnectionManager(connections).disableAutomaticRetries()
                .disableRedirectHandling().disableCookieManagement().disableAuthCaching()
                .disableContentCompression().build();
    }

    public Response post(byte[] body, String signature) throws AgentFailure {
        HttpPost request = new HttpPost(url);
        request.setHeader("x-oco-agent-signature", signature);
        request.setEntity(new ByteArrayEntity(body, JSON));
        try {
            return http.execute(request, response -> {
                Header serverSignature = response.getFirstHeader("x-oco-server-signature");
                String text = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                return new Response(response.getCode(), text, serverSignature == null ? null : serverSignature.getValue());
            });
        } catch (SocketTimeoutException e) {
            throw new AgentFailure(ErrorKind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms from " + url);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new AgentFailure(ErrorKind.CONNECTION, "interrupted");
        } catch (IOException e) {
            throw new AgentFailure(ErrorKind.CONNECTION, e.getClass().getSimpleName() + " talking to " + url + ": "
                    + e.getMessage());
        }
    }

    @Override
    public void close() {
        http.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
    }
}

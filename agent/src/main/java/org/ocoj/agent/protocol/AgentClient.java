package org.ocoj.agent.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Sends one signed JSON-RPC request to the server and checks the response (SPEC 1.2–1.6).
 *
 * <p>Response checks run in the safe order of SPEC 9.5: status 200, then the server signature over the raw
 * body bytes (when a server key is known), then the JSON, then the strictly increasing timestamp. Only a
 * response that passed all of them is returned, so callers never store anything from a bad one.
 */
public final class AgentClient {
    private static final Logger LOG = Logger.getLogger(AgentClient.class.getName());
    static final String SIGNATURE_HEADER = "x-oco-agent-signature";
    static final String SERVER_SIGNATURE_HEADER = "x-oco-server-signature";
    private static final int MAX_ERROR_TEXT = 200;

    private final HttpClient http;
    private final Duration readTimeout;
    private final Supplier<String> agentKey;
    private final Supplier<String> serverKey;
    private final AgentIdentity identity;
    private final RequestClock requestClock;
    private final ServerTimestampGuard timestampGuard;
    private final JsonCodec json;

    public AgentClient(HttpClient http, Duration readTimeout, Supplier<String> agentKey,
                       Supplier<String> serverKey, AgentIdentity identity, RequestClock requestClock,
                       ServerTimestampGuard timestampGuard, JsonCodec json) {
        this.http = http;
        this.readTimeout = readTimeout;
        this.agentKey = agentKey;
        this.serverKey = serverKey;
        this.identity = identity;
        this.requestClock = requestClock;
        this.timestampGuard = timestampGuard;
        this.json = json;
    }

    /** An HTTP client with the agent's connect timeout; redirects are not followed (SPEC 1.2, pitfall 21). */
    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Calls {@code method} at {@code url} with {@code data} as {@code params.data}.
     *
     * @return {@code result.params} of the verified response (an empty object if the server sent none)
     */
    public JsonNode call(URI url, String method, Object data) throws ProtocolException {
        byte[] body = json.toBytes(envelope(method, data));
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("content-type", "application/json") // exactly this: upstream rejects parameters
                .header(SIGNATURE_HEADER, HmacSha256.hex(agentKey.get(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        LOG.fine(() -> method + " → " + url + " (" + body.length + " bytes)");
        HttpResponse<byte[]> response = send(method, url, request);
        return verify(method, response);
    }

    private Map<String, Object> envelope(String method, Object data) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("uid", identity.uid());
        params.put("hostname", identity.hostname());
        params.put("timestamp", requestClock.next());
        params.put("data", data);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("id", 1);
        envelope.put("method", method);
        envelope.put("params", params);
        return envelope;
    }

    private HttpResponse<byte[]> send(String method, URI url, HttpRequest request) throws ProtocolException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ProtocolException(ProtocolException.Kind.UNREACHABLE,
                    method + ": no answer from " + url + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException(ProtocolException.Kind.UNREACHABLE, method + ": interrupted", e);
        }
    }

    private JsonNode verify(String method, HttpResponse<byte[]> response) throws ProtocolException {
        byte[] body = response.body();
        if (response.statusCode() != 200) {
            throw new ProtocolException(ProtocolException.Kind.HTTP_STATUS, method + ": server answered HTTP "
                    + response.statusCode() + ": " + excerpt(body));
        }
        String key = serverKey.get();
        if (key.isEmpty()) {
            LOG.warning(method + ": no server key yet, response trusted without signature check (first contact)");
        } else {
            String signature = response.headers().firstValue(SERVER_SIGNATURE_HEADER).orElse(null);
            if (signature == null) {
                throw new ProtocolException(ProtocolException.Kind.BAD_SIGNATURE,
                        method + ": response has no " + SERVER_SIGNATURE_HEADER + " header");
            }
            if (!HmacSha256.matches(key, body, signature)) {
                throw new ProtocolException(ProtocolException.Kind.BAD_SIGNATURE,
                        method + ": response signature does not match the configured server key");
            }
        }
        JsonNode result = parseResult(method, body);
        JsonNode timestamp = result.get("timestamp");
        if (timestamp == null || !timestamp.isNumber()) {
            throw new ProtocolException(ProtocolException.Kind.MALFORMED, method + ": response has no numeric result.timestamp");
        }
        timestampGuard.accept(new BigDecimal(timestamp.asText()));
        LOG.fine(() -> method + " ← " + excerpt(body));
        JsonNode params = result.get("params");
        return params == null || params.isNull() ? JsonNodeFactory.instance.objectNode() : params;
    }

    private JsonNode parseResult(String method, byte[] body) throws ProtocolException {
        try {
            JsonNode result = json.parse(body).get("result");
            if (result == null || !result.isObject()) {
                throw new ProtocolException(ProtocolException.Kind.MALFORMED, method + ": response has no result object: " + excerpt(body));
            }
            return result;
        } catch (IOException e) {
            throw new ProtocolException(ProtocolException.Kind.MALFORMED, method + ": response is not JSON: " + excerpt(body), e);
        }
    }

    /** The current password of a macOS rotation order (SPEC 2.7) is a secret, even in a debug log. */
    private static final Pattern OLD_PASSWORD =
            Pattern.compile("(\"old_password\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

    static String excerpt(byte[] body) {
        String text = OLD_PASSWORD.matcher(new String(body, StandardCharsets.UTF_8)).replaceAll("$1\"[password]\"")
                .strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_ERROR_TEXT ? text : text.substring(0, MAX_ERROR_TEXT) + "…";
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + " " + message;
    }
}

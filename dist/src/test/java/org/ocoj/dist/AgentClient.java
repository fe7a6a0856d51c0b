package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ocoj.tools.loadgen.protocol.PythonJson;

/**
 * Speaks to the server the way the upstream Python agent 1.2.0 does (SPEC §1): same wire format, same
 * headers, same key handling — including its quirks (stores any non-null agent-key; a server key only when
 * it has none).
 */
public final class AgentClient {

    public final String hostname;
    public String agentKey;
    String serverKey = "";
    BigDecimal lastServerTimestamp = BigDecimal.ZERO;
    private BigDecimal lastTimestamp = BigDecimal.ZERO;
    private long clockOffsetMillis;
    private final URI url;
    private final HttpClient http = HttpClient.newHttpClient();

    public AgentClient(URI baseUrl, String hostname, String agentKey) {
        this.url = baseUrl.resolve("/api-agent.php");
        this.hostname = hostname;
        this.agentKey = agentKey;
    }

    public record Reply(int status, String body, String serverSignature) {
        public Map<String, Object> json() {
            return Json.object(body);
        }

        public Map<String, Object> params() {
            return Json.at(json(), "result", "params");
        }

        public String errorMessage() {
            return Json.at(json(), "error", "message");
        }
    }

    /** The envelope the agent would send, with a fresh, strictly increasing timestamp. */
    Map<String, Object> envelope(String method, Map<String, Object> data) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("uid", hostname);
        params.put("hostname", hostname);
        params.put("timestamp", nextTimestamp());
        params.put("data", data);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("id", 1);
        envelope.put("method", method);
        envelope.put("params", params);
        return envelope;
    }

    /**
     * Sets the agent machine's clock off by {@code offsetMillis} from the real time, as an admin (or NTP)
     * setting it would: later timestamps follow the new clock, even backwards.
     */
    void setClock(long offsetMillis) {
        clockOffsetMillis = offsetMillis;
        lastTimestamp = BigDecimal.ZERO;
    }

    BigDecimal nextTimestamp() {
        BigDecimal now = BigDecimal.valueOf(System.currentTimeMillis() + clockOffsetMillis).movePointLeft(3)
                .setScale(4, RoundingMode.HALF_UP);
        BigDecimal next = now.compareTo(lastTimestamp) > 0 ? now : lastTimestamp.add(new BigDecimal("0.0001"));
        lastTimestamp = next;
        return next;
    }

    /** Sends a request signed with the current agent key; updates keys like the agent when the reply is OK. */
    public Reply call(String method, Map<String, Object> data) {
        return callAndKeepKeys(method, data, true);
    }

    /** Sends a request but "loses" the response: keys and timestamps are not taken over. */
    Reply callLosingResponse(String method, Map<String, Object> data) {
        return callAndKeepKeys(method, data, false);
    }

    private Reply callAndKeepKeys(String method, Map<String, Object> data, boolean keep) {
        byte[] body = PythonJson.dumps(envelope(method, data)).getBytes(StandardCharsets.UTF_8);
        Reply reply = send(body, sign(agentKey, body), "application/json");
        if (keep && reply.status() == 200) {
            accept(reply);
        }
        return reply;
    }

    Reply send(byte[] body, String signature, String contentType) {
        return send(url, body, signature, contentType);
    }

    Reply send(URI target, byte[] body, String signature, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        if (signature != null) {
            request.header("x-oco-agent-signature", signature);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("x-oco-server-signature").orElse(null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The agent's response checks (SPEC §1.6) and key storage (SPEC §1.8). */
    private void accept(Reply reply) {
        Map<String, Object> json = reply.json();
        BigDecimal timestamp = Json.at(json, "result", "timestamp");
        assertTrue(timestamp.compareTo(lastServerTimestamp) > 0,
                "server timestamp " + timestamp + " must be greater than " + lastServerTimestamp);
        lastServerTimestamp = timestamp;
        if (!serverKey.isEmpty()) {
            assertEquals(sign(serverKey, reply.body().getBytes(StandardCharsets.UTF_8)), reply.serverSignature(),
                    "server signature");
        }
        Map<String, Object> params = Json.at(json, "result", "params");
        if (serverKey.isEmpty() && params.containsKey("server-key")) {
            serverKey = String.valueOf(params.get("server-key"));
        }
        if (params.get("agent-key") != null) {
            agentKey = (String) params.get("agent-key");
        }
    }

    static String sign(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[64] : keyBytes, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

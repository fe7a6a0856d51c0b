package org.ocoj.tools.loadgen.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ocoj.tools.loadgen.stats.ErrorKind;

/**
 * One simulated agent: its hostname, its keys and its two rolling timestamps, behaving like agent 1.2.0
 * (SPEC §1.3–§1.8) — including its key quirks: any non-null {@code agent-key} replaces the agent key at once,
 * a {@code server-key} is taken only while the agent has none. One agent is used by one thread at a time.
 */
public final class SimulatedAgent {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final BigDecimal TICK = new BigDecimal("0.0001");

    private final int index;
    private final String hostname;
    private String agentKey;
    private String serverKey;
    private BigDecimal lastTimestamp = BigDecimal.ZERO;
    private BigDecimal lastServerTimestamp = BigDecimal.ZERO;
    private boolean registered;
    private int inventoryVersion = -1;

    public SimulatedAgent(int index, String hostname, String agentKey, String serverKey) {
        this.index = index;
        this.hostname = hostname;
        this.agentKey = agentKey;
        this.serverKey = serverKey == null ? "" : serverKey;
    }

    /** A successful answer: the {@code result.params} object (never null) and the raw body. */
    public record Reply(JsonNode params, String body) {
        public boolean updateWanted() {
            return params.path("update").asInt(0) == 1;
        }
    }

    /**
     * Sends one request whose {@code params.data} is already serialised Python-style, and applies the agent's
     * response checks. Throws if the real agent would have counted the call as failed.
     */
    public Reply call(AgentTransport transport, String method, String dataJson) throws AgentFailure {
        byte[] body = request(method, dataJson);
        return accept(method, transport.post(body, sign(body)));
    }

    /** The bytes of one request (SPEC §1.3) with the next timestamp; {@link #sign} signs it as this agent. */
    public byte[] request(String method, String dataJson) {
        return envelope(method, dataJson).getBytes(StandardCharsets.US_ASCII);
    }

    /** The {@code x-oco-agent-signature} of {@code body} with this agent's current key. */
    public String sign(byte[] body) {
        return Hmac.sign(agentKey, body);
    }

    /**
     * Applies the agent's response checks (SPEC §1.6) and key handling (§1.8) to an answer of {@code method}.
     * Throws if the real agent would have counted the call as failed.
     */
    public Reply accept(String method, AgentTransport.Response response) throws AgentFailure {
        if (response.status() != 200) {
            throw statusFailure(method, response);
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AgentFailure(ErrorKind.PROTOCOL, method + " of " + hostname + ": answer is not JSON");
        }
        JsonNode timestamp = json.path("result").path("timestamp");
        if (!timestamp.isNumber() || timestamp.decimalValue().compareTo(lastServerTimestamp) <= 0) {
            throw new AgentFailure(ErrorKind.TIMESTAMP, method + " of " + hostname + ": result.timestamp "
                    + timestamp + " is not greater than " + lastServerTimestamp);
        }
        lastServerTimestamp = timestamp.decimalValue();
        if (!serverKey.isEmpty() && !Hmac.matches(serverKey, response.body().getBytes(StandardCharsets.UTF_8),
                response.serverSignature())) {
            throw new AgentFailure(ErrorKind.SIGNATURE, method + " of " + hostname
                    + ": x-oco-server-signature does not match the server key");
        }
        JsonNode params = json.path("result").path("params");
        takeKeys(params);
        return new Reply(params, response.body());
    }

    private void takeKeys(JsonNode params) {
        JsonNode issuedServerKey = params.get("server-key");
        if (serverKey.isEmpty() && issuedServerKey != null && issuedServerKey.isTextual()) {
            serverKey = issuedServerKey.asText();
        }
        JsonNode issuedAgentKey = params.get("agent-key");
        if (issuedAgentKey != null && issuedAgentKey.isTextual()) {
            agentKey = issuedAgentKey.asText();
            registered = true;
        }
    }

    private AgentFailure statusFailure(String method, AgentTransport.Response response) {
        String body = response.body() == null ? "" : response.body();
        String excerpt = body.length() > 200 ? body.substring(0, 200) + "…" : body;
        String message = method + " of " + hostname + ": HTTP " + response.status() + " " + excerpt;
        if (response.status() >= 500 && body.toLowerCase(Locale.ROOT).contains("deadlock")) {
            return new AgentFailure(ErrorKind.DEADLOCK, message);
        }
        return new AgentFailure(ErrorKind.HTTP_STATUS, "http " + response.status(), message);
    }

    /** The wire form of SPEC §1.3, built around pre-serialised data so big inventories are written once. */
    public String envelope(String method, String dataJson) {
        StringBuilder out = new StringBuilder(dataJson.length() + 200);
        out.append("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ");
        PythonJson.string(out, method);
        out.append(", \"params\": {\"uid\": ");
        PythonJson.string(out, uid());
        out.append(", \"hostname\": ");
        PythonJson.string(out, hostname);
        out.append(", \"timestamp\": ").append(nextTimestamp().toPlainString());
        out.append(", \"data\": ").append(dataJson).append("}}");
        return out.toString();
    }

    /** Agent time in seconds with 4 decimals, strictly increasing even when the clock is not (SPEC §1.7). */
    public BigDecimal nextTimestamp() {
        BigDecimal now = BigDecimal.valueOf(System.currentTimeMillis()).movePointLeft(3)
                .setScale(4, RoundingMode.HALF_UP);
        lastTimestamp = now.compareTo(lastTimestamp) > 0 ? now : lastTimestamp.add(TICK);
        return lastTimestamp;
    }

    public int index() {
        return index;
    }

    public String hostname() {
        return hostname;
    }

    /** Machine UUID the agent reports; stable per simulated machine. */
    public String uid() {
        return String.format("4c4c4544-0000-4000-8000-%012d", index);
    }

    public boolean registered() {
        return registered;
    }

    /** For agents whose keys were seeded into the database: they never register. */
    public void markRegistered() {
        registered = true;
    }

    /** The key this agent signs with now (for tools that check that no answer or log reveals it). */
    public String agentKey() {
        return agentKey;
    }

    /** The server key this agent holds ("" while it has none). */
    public String serverKey() {
        return serverKey;
    }

    public boolean hasServerKey() {
        return !serverKey.isEmpty();
    }

    /** Which inventory version this agent sent last (-1: none yet); see {@code InventoryTemplate}. */
    public int inventoryVersion() {
        return inventoryVersion;
    }

    public void sentInventory(int version) {
        inventoryVersion = version;
    }
}

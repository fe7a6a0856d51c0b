package org.ocoj.agent.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.ocoj.agent.protocol.HmacSha256;

/**
 * An OCO server as SPEC describes it, reduced to what the check-in tests need: verifies the request
 * signature with the registration key or the issued agent key (SPEC 1.4), self-registers an unknown host
 * (1.8), answers with strictly increasing timestamps and signs responses with the server key (1.6).
 * Faults can be queued for the next responses.
 */
final class FakeOcoServer implements AutoCloseable {
    enum Fault { NONE, HTTP_500, WRONG_SIGNATURE, OLD_TIMESTAMP }

    record Request(String method, String contentType, JsonNode json, String signature, boolean signatureValid) {
    }

    static final String REGISTRATION_KEY = "0123456789abcdefghijklmnopqrst";
    static final String ISSUED_AGENT_KEY = "issuedagentkey0123456789abcdefgh";
    static final String SERVER_KEY = "zyxwvutsrqponmlkjihgfedcba9876";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer http;
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final java.util.Map<String, byte[]> downloads = new java.util.HashMap<>();
    private boolean registered;
    private BigDecimal lastTimestamp = new BigDecimal("1795535497.000001");
    private Consumer<ObjectNode> helloCustomizer = params -> { };

    FakeOcoServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api-agent.php", this::handle);
        http.createContext("/agent-plugins/", this::download);
        http.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/api-agent.php");
    }

    synchronized void queue(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** Lets a test add fields to the next hello responses (e.g. update-passwords). */
    synchronized void customizeHello(Consumer<ObjectNode> customizer) {
        helloCustomizer = customizer;
    }

    /** Serves {@code bytes} at {@code agent-plugins/<fileName>} (collector plugin delivery, an OCO-J extension). */
    synchronized void serve(String fileName, byte[] bytes) {
        downloads.put(fileName, bytes);
    }

    private synchronized void download(HttpExchange exchange) throws IOException {
        byte[] body = downloads.get(exchange.getRequestURI().getPath().substring("/agent-plugins/".length()));
        if (body == null) {
            reply(exchange, 404, new byte[0], null);
        } else {
            exchange.getResponseHeaders().set("content-type", "application/java-archive");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized List<String> methods() {
        return requests.stream().map(Request::method).toList();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonNode request = json.readTree(body);
        String method = request.path("method").asText();
        String signature = exchange.getRequestHeaders().getFirst("x-oco-agent-signature");
        String key = registered ? ISSUED_AGENT_KEY : REGISTRATION_KEY;
        boolean valid = HmacSha256.matches(key, body, signature) && (registered || method.equals("oco.agent.hello"));
        requests.add(new Request(method, exchange.getRequestHeaders().getFirst("content-type"), request, signature, valid));
        if (!"application/json".equals(exchange.getRequestHeaders().getFirst("content-type"))) {
            reply(exchange, 400, "Content type mismatch".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        if (!valid) {
            reply(exchange, 401, "Invalid agent signature".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        Fault fault = faults.poll();
        if (fault == Fault.HTTP_500) {
            reply(exchange, 500, "Internal Server Error".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        ObjectNode params = json.createObjectNode();
        if (method.equals("oco.agent.hello")) {
            hello(params);
        }
        ObjectNode response = json.createObjectNode();
        response.put("id", 1);
        response.putNull("error");
        ObjectNode result = response.putObject("result");
        result.put("success", true);
        result.set("params", params);
        lastTimestamp = lastTimestamp.add(new BigDecimal("0.000001"));
        result.put("timestamp", fault == Fault.OLD_TIMESTAMP ? new BigDecimal("1000000000.5") : lastTimestamp);
        byte[] bytes = json.writeValueAsBytes(response);
        String signingKey = fault == Fault.WRONG_SIGNATURE ? "not-the-server-key" : SERVER_KEY;
        reply(exchange, 200, bytes, HmacSha256.hex(signingKey, bytes));
    }

    private void hello(ObjectNode params) {
        if (!registered) {
            registered = true;
            params.put("agent-key", ISSUED_AGENT_KEY);
            params.put("server-key", SERVER_KEY);
            params.put("update", 1);
        } else {
            params.putNull("agent-key");
            params.put("update", 0);
        }
        params.putArray("software-jobs");
        params.put("logins-since", "2026-11-20 07:12:03");
        helloCustomizer.accept(params);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, String signature) throws IOException {
        exchange.getResponseHeaders().set("content-type", status == 200 ? "application/json" : "text/plain");
        if (signature != null) {
            exchange.getResponseHeaders().set("x-oco-server-signature", signature);
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}

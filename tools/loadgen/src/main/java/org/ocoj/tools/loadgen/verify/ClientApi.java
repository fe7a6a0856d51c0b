package org.ocoj.tools.loadgen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The admin JSON-RPC API (CLIENT-API.md) as far as the load generator needs it. */
public final class ClientApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final String authorization;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public ClientApi(URI baseUrl, String username, String password, String apiKey) {
        this.url = baseUrl.resolve("/api-client.php");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.apiKey = apiKey;
    }

    /** Pre-registers a computer (CLIENT-API §2.9). @return its id */
    public long createComputer(String hostname) {
        return call("oco.computer.create", Map.of("hostname", hostname)).path("id").asLong();
    }

    /** Every computer's id by lower-case hostname (CLIENT-API §2.5). */
    public Map<String, Long> computerIds() {
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode computer : call("oco.computer.list", Map.of()).path("computers")) {
            ids.put(computer.path("hostname").asText().toLowerCase(Locale.ROOT), computer.path("id").asLong());
        }
        return ids;
    }

    /** One computer with all its inventory sections (CLIENT-API §2.6). */
    public JsonNode computer(long id) {
        return call("oco.computer.get", Map.of("id", id));
    }

    /** @return {@code result.data}; a JSON-RPC error or a non-200 answer is an exception naming the method */
    public JsonNode call(String method, Map<String, Object> data) {
        Answer answer = post(request(method, data).toString());
        if (answer.status() != 200) {
            throw new IllegalStateException("Client API " + method + " answered HTTP " + answer.status()
                    + (answer.status() == 401 ? " (check --admin-user/--admin-password)" : "") + ": " + answer.body());
        }
        try {
            JsonNode json = JSON.readTree(answer.body());
            if (json.hasNonNull("error")) {
                throw new IllegalStateException("Client API " + method + " failed: " + json.get("error"));
            }
            return json.path("result").path("data");
        } catch (IOException e) {
            throw new IllegalStateException("Client API " + method + " answered no JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON-RPC request object of {@code method} with this client's API key. */
    public ObjectNode request(String method, Map<String, Object> data) {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
        request.putObject("params").put("api_key", apiKey).set("data", JSON.valueToTree(data));
        return request;
    }

    /** What the server answered: HTTP status and body. */
    public record Answer(int status, String body) {
    }

    /** POSTs any body (valid or not) with this client's credentials; transport failures are exceptions. */
    public Answer post(String body) {
        HttpRequest http = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Client API at " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

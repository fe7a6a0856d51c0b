package org.ocoj.dist;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A client API (admin JSON-RPC) caller with HTTP Basic auth. */
public final class ClientApi {

    private final URI url;
    private final String username;
    private final String password;
    private final String apiKey;
    private final HttpClient http = HttpClient.newHttpClient();

    public ClientApi(URI baseUrl, String username, String password, String apiKey) {
        this.url = baseUrl.resolve("/api-client.php");
        this.username = username;
        this.password = password;
        this.apiKey = apiKey;
    }

    public record Reply(int status, String body) {
        public Map<String, Object> json() {
            return Json.object(body);
        }

        public <T> T data() {
            Map<String, Object> json = json();
            if (json.containsKey("error")) {
                throw new AssertionError("Client API error: " + body);
            }
            return Json.at(json, "result", "data");
        }

        public int errorCode() {
            Number code = Json.at(json(), "error", "code");
            return code.intValue();
        }

        public String errorMessage() {
            return Json.at(json(), "error", "message");
        }
    }

    public Reply call(String method, Map<String, Object> data) {
        return send(request(method, apiKey, data), "application/json", username, password);
    }

    /** A call with a personal API token as {@code Authorization: Bearer} and no api_key. */
    public static Reply callWithBearer(URI baseUrl, String token, String method, Map<String, Object> data) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api-client.php"))
                .POST(HttpRequest.BodyPublishers.ofString(request(method, null, data), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build();
        return exchange(HttpClient.newHttpClient(), request);
    }

    private static String request(String method, String apiKey, Map<String, Object> data) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (apiKey != null) {
            params.put("api_key", apiKey);
        }
        params.put("data", data);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("jsonrpc", "2.0");
        request.put("id", 1);
        request.put("method", method);
        request.put("params", params);
        return Json.write(request);
    }

    public <T> T data(String method, Map<String, Object> data) {
        return call(method, data).data();
    }

    public Reply send(String body, String contentType, String user, String pass) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8)));
        }
        return exchange(http, request.build());
    }

    private static Reply exchange(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ClientApi withApiKey(String key) {
        return new ClientApi(url, username, password, key);
    }

    Reply sendAs(String user, String pass, Map<String, Object> request) {
        return send(Json.write(request), "application/json", user, pass);
    }
}

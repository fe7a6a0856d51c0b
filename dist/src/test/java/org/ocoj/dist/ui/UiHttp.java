package org.ocoj.dist.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ocoj.dist.UiTestSupport;

/** Plain HTTP against the server as a browser would send it: a cookie header, a CSRF header, JSON bodies. */
final class UiHttp {

    /**
     * HTTP/1.1 as browsers speak it to a plain-HTTP port. Java's default offers an h2c upgrade, and the container's
     * Grizzly then drops Content-Type from answers larger than its 8 KiB buffer (eclipse-ee4j/glassfish-grizzly#2192,
     * docs/operations.md).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private UiHttp() {
    }

    static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    static HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** A JSON-RPC request without api_key, as the web UI sends it. */
    static String rpc(String method, String dataJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":{\"data\":" + dataJson + "}}";
    }

    /** Logs in and returns {cookie header value, csrf token}. */
    static String[] login() {
        HttpResponse<String> response = postJson("/ui-session/login",
                "{\"username\":\"admin\",\"password\":\"" + UiTestSupport.adminPassword() + "\"}", Map.of());
        if (response.statusCode() != 200) {
            throw new AssertionError("login: " + response.statusCode() + " " + response.body());
        }
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = response.body().replaceAll(".*\"csrf_token\":\"([a-z0-9]+)\".*", "$1");
        return new String[] {cookie, csrf};
    }

    private static URI url(String path) {
        return UiTestSupport.url().resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

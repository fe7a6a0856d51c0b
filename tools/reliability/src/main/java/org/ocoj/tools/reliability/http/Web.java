package org.ocoj.tools.reliability.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Ordinary HTTP/1.1 with kept-alive connections (the JDK client), for the many well-formed requests of the
 * scenarios and the fuzz; every call has a timeout and never throws for what the server does.
 */
public final class Web {

    private final URI base;
    private final HttpClient http;

    public Web(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Answer get(String path, Duration timeout) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), timeout);
    }

    /** POSTs {@code body}; {@code contentType} null sends none; {@code headers} are added as given. */
    public Answer post(String path, String contentType, byte[] body, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request, timeout);
    }

    private Answer send(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(", ", values)));
            return new Answer(response.statusCode(), headers, response.body(), null);
        } catch (HttpTimeoutException e) {
            return Answer.none("timeout after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return Answer.none(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.none("interrupted");
        }
    }

    /** The value of the first {@code Set-Cookie} up to its first {@code ;}, or null. */
    public static String cookie(Answer answer) {
        String setCookie = answer.header("set-cookie");
        if (setCookie == null) {
            return null;
        }
        int semicolon = setCookie.indexOf(';');
        return semicolon < 0 ? setCookie : setCookie.substring(0, semicolon);
    }
}

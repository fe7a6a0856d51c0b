package org.ocoj.agent.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** Downloads one plugin jar to a file and hashes it on the way, with a size limit. */
final class PluginDownload {
    /** Far above any collector jar; stops a misconfigured server from filling the disk. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final HttpClient http;
    private final Duration timeout;

    PluginDownload(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * GETs {@code url} into {@code target}.
     *
     * @return the lowercase hex SHA-256 of what was written
     * @throws IOException on any HTTP status but 200, a body over {@link #MAX_BYTES}, or an I/O error
     */
    String fetch(URI url, Path target) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("GET " + url + " answered HTTP " + response.statusCode());
            }
            MessageDigest sha256 = sha256();
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    total += read;
                    if (total > MAX_BYTES) {
                        throw new IOException("GET " + url + " is larger than " + MAX_BYTES + " bytes");
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(sha256.digest());
        }
    }

    /** Lowercase hex SHA-256 of a file. */
    static String sha256Of(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

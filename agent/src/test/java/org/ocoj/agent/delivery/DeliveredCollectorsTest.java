package org.ocoj.agent.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.collect.CollectorHost;
import org.ocoj.agent.collect.TestCollectorJar;
import org.ocoj.api.agent.Collector;

/** Delivery of collector plugins from a real HTTP server into a real PF4J host. */
class DeliveredCollectorsTest {
    @TempDir
    Path dir;
    private HttpServer http;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Path bundled;
    private Path delivered;
    private CollectorHost host;
    private DeliveredCollectors delivery;

    @BeforeEach
    void start() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/agent-plugins/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath().substring("/agent-plugins/".length()));
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        http.start();
        bundled = Files.createDirectory(dir.resolve("plugins"));
        delivered = dir.resolve("var/delivered");
        Logger.getLogger(DeliveredCollectors.class.getName()).addHandler(logCapture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(DeliveredCollectors.class.getName()).removeHandler(logCapture);
        if (host != null) {
            host.close();
        }
        http.stop(0);
    }

    @Test
    void installsAndLoadsAPluginWhoseHashMatches() throws Exception {
        CollectorOffer offer = serve("example-hello", "1.0.0");
        startHost();

        delivery.sync(apiUrl(), List.of(offer));

        assertEquals(List.of("example-hello"), collectorIds());
        assertTrue(Files.isRegularFile(delivered.resolve("example-hello.jar")));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(delivered)));
        delivery.sync(apiUrl(), List.of(offer)); // unchanged offer: nothing to do
        assertEquals(List.of("example-hello"), collectorIds());
        assertEquals(List.of(), warnings);
    }

    @Test
    void refusesATamperedDownloadAndLogsIt() throws Exception {
        CollectorOffer offer = serve("example-hello", "1.0.0");
        served.put("example-hello.jar", jar("example-hello", "6.6.6")); // what a man in the middle serves
        startHost();

        delivery.sync(apiUrl(), List.of(offer));

        assertEquals(List.of(), collectorIds());
        assertFalse(Files.exists(delivered.resolve("example-hello.jar")));
        try (var files = Files.list(delivered)) {
            assertEquals(0, files.count(), "no partial download left behind");
        }
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("collector plugin example-hello 1.0.0 refused: SHA-256 of "), warnings.get(0));
        assertTrue(warnings.get(0).contains("the server announced " + offer.sha256()), warnings.get(0));
    }

    @Test
    void keepsTheInstalledVersionWhenAnUpdateIsTampered() throws Exception {
        CollectorOffer v1 = serve("example-hello", "1.0.0");
        startHost();
        delivery.sync(apiUrl(), List.of(v1));
        CollectorOffer v2 = serve("example-hello", "2.0.0");
        served.put("example-hello.jar", jar("example-hello", "6.6.6"));

        delivery.sync(apiUrl(), List.of(v2));

        assertEquals(List.of("example-hello"), collectorIds());
        assertEquals(v1.sha256(), PluginDownload.sha256Of(delivered.resolve("example-hello.jar")));
        assertTrue(warnings.get(0).endsWith("keeping the installed version"), warnings.get(0));
    }

    @Test
    void replacesAPluginWhoseHashChangedAndRemovesOnesNoLongerOffered() throws Exception {
        startHost();
        delivery.sync(apiUrl(), List.of(serve("example-hello", "1.0.0"), serve("example-other", "1.0.0")));
        CollectorOffer v2 = serve("example-hello", "2.0.0");

        delivery.sync(apiUrl(), List.of(v2));

        assertEquals(List.of("example-hello"), collectorIds());
        assertEquals("2.0.0", ((org.ocoj.api.inventory.SoftwarePackage) host.collectors().get(0).collect(null).get(0)).version());
        assertFalse(Files.exists(delivered.resolve("example-other.jar")));
        delivery.sync(apiUrl(), List.of()); // the server's folder is empty: it omits the field
        assertEquals(List.of(), collectorIds());
    }

    @Test
    void refusesAPluginWhoseIdBelongsToAShippedPlugin() throws Exception {
        TestCollectorJar.build(bundled.resolve("example-hello-1.0.0.jar"), "example-hello", "1.0.0", dir);
        startHost();

        delivery.sync(apiUrl(), List.of(serve("example-hello", "9.0.0")));

        assertEquals(List.of("example-hello"), collectorIds());
        assertEquals(bundled.resolve("example-hello-1.0.0.jar"), host.pluginPath("example-hello").orElseThrow());
        assertTrue(warnings.get(0).contains("refused: the id is taken by the installed plugin"), warnings.get(0));
    }

    @Test
    void logsADownloadThatFailsAndGoesOn() throws Exception {
        CollectorOffer missing = new CollectorOffer("example-gone", "1.0.0", "0".repeat(64), "agent-plugins/example-gone.jar");
        CollectorOffer present = serve("example-hello", "1.0.0");
        startHost();

        delivery.sync(apiUrl(), List.of(missing, present));

        assertEquals(List.of("example-hello"), collectorIds());
        assertTrue(warnings.get(0).startsWith("collector plugin example-gone 1.0.0 not installed: GET "), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("answered HTTP 404"), warnings.get(0));
    }

    @Test
    void loadsPreviouslyDeliveredPluginsAtStartUp() throws Exception {
        startHost();
        delivery.sync(apiUrl(), List.of(serve("example-hello", "1.0.0")));
        host.close();

        startHost();

        assertEquals(List.of("example-hello"), collectorIds());
    }

    private void startHost() {
        host = CollectorHost.start(List.of(bundled, delivered));
        delivery = new DeliveredCollectors(delivered, HttpClient.newHttpClient(), Duration.ofSeconds(10), host);
    }

    private CollectorOffer serve(String id, String version) throws Exception {
        byte[] bytes = jar(id, version);
        served.put(id + ".jar", bytes);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        return new CollectorOffer(id, version, sha256, "agent-plugins/" + id + ".jar");
    }

    private byte[] jar(String id, String version) throws Exception {
        Path jar = TestCollectorJar.build(Files.createTempFile(dir, id, ".jar"), id, version, dir);
        return Files.readAllBytes(jar);
    }

    private URI apiUrl() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/api-agent.php");
    }

    private List<String> collectorIds() {
        return host.collectors().stream().map(Collector::id).sorted().toList();
    }
}

package org.ocoj.dist.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.EmbeddedDatabaseIT;
import org.ocoj.dist.ServerProcess;

/** The server a package installed into a throw-away root (.deb or .rpm), run the way its unit runs it. */
final class InstalledServer {

    private static final String SECRET_PREFIX = "Created admin user \"admin\" with the generated password: ";

    private InstalledServer() {
    }

    /**
     * Starts the installed launcher below {@code root} as the package's user ({@code uid:gid}), as systemd would,
     * with an empty environment but for where this root's state directory is and a free port (the installed
     * configuration names /var/lib/oco-j and 8080 of the real system). No PATH: bash's default finds the
     * distribution's Java.
     */
    static ServerProcess start(Path root, String ids) throws Exception {
        int port = ServerProcess.freePort();
        Path state = root.resolve("var/lib/oco-j");
        String[] id = ids.split(":");
        return ServerProcess.launch(List.of("/usr/bin/setpriv", "--reuid=" + id[0], "--regid=" + id[1],
                        "--clear-groups", root.resolve("opt/oco-server/bin/oco-server").toString()),
                Map.of("OCO_DATA_DIR", state.toString(), "OCO_HTTP_PORT", String.valueOf(port)), port, state)
                .awaitReady(Duration.ofSeconds(180));
    }

    /**
     * The first start of a freshly installed server: it answers on its port, keeps its database in the state
     * directory, gets a computer {@code hostname} and stops with status 0.
     */
    static void firstStart(Path root, String ids, String hostname) throws Exception {
        try (ServerProcess server = start(root, ids)) {
            assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            assertTrue(Files.isDirectory(root.resolve("var/lib/oco-j/mariadb")), "the database is in the state directory");
            api(server).data("oco.computer.create", Map.of("hostname", hostname));
            assertEquals(0, server.stop(Duration.ofSeconds(60)), server.output());
        }
    }

    /** The client API as the generated admin, with the generated client API key. */
    static ClientApi api(ServerProcess server) throws Exception {
        String secrets = server.generatedSecrets();
        return new ClientApi(server.url(), "admin", EmbeddedDatabaseIT.generated(secrets, SECRET_PREFIX),
                EmbeddedDatabaseIT.generated(secrets, "Generated the client API key (params.api_key): "));
    }
}

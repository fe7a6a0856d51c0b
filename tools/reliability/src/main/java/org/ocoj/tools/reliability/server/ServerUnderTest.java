package org.ocoj.tools.reliability.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ocoj.tools.reliability.target.Credentials;
import org.ocoj.tools.reliability.target.DatabaseControl;
import org.ocoj.tools.reliability.target.Secrets;
import org.ocoj.tools.reliability.target.Target;

/**
 * One server for one database kind, started fresh for the suite: a new data directory, a free port, random
 * secrets, and for {@code mariadb} a mariadbd of the suite's own with a throw-away database. The server trusts
 * {@code X-Forwarded-For} from loopback, like a server behind a local reverse proxy.
 */
public final class ServerUnderTest implements AutoCloseable {

    public static final String EMBEDDED = "embedded";
    public static final String MARIADB = "mariadb";

    private final BundleServer server;
    private final OwnMariaDb mariaDb;
    private final Target target;

    private ServerUnderTest(BundleServer server, OwnMariaDb mariaDb, Target target) {
        this.server = server;
        this.mariaDb = mariaDb;
        this.target = target;
    }

    public static ServerUnderTest start(String database, Path bundle, Path work) throws IOException, InterruptedException {
        Credentials credentials = new Credentials(random(32), "admin", random(20), random(32));
        int port = FreePort.find();
        Map<String, String> env = new HashMap<>();
        env.put("OCO_HTTP_PORT", String.valueOf(port));
        env.put("OCO_DATA_DIR", Files.createTempDirectory(work, "data-" + database + "-").toString());
        env.put("OCO_AGENT_REGISTRATION_KEY", credentials.registrationKey());
        env.put("OCO_ADMIN_PASSWORD", credentials.adminPassword());
        env.put("OCO_CLIENT_API_KEY", credentials.apiKey());
        env.put("OCO_TRUSTED_PROXIES", "127.0.0.1");
        env.put("OCO_JAVA_OPTS", "-Xmx512m");
        OwnMariaDb mariaDb = null;
        if (MARIADB.equals(database)) {
            mariaDb = OwnMariaDb.start(work);
            env.put("OCO_DB_URL", mariaDb.jdbcUrl());
            env.put("OCO_DB_USER", "root");
            env.put("OCO_DB_PASSWORD", "");
        } else if (!EMBEDDED.equals(database)) {
            throw new IllegalArgumentException("Unknown database '" + database + "': use embedded or mariadb");
        }
        BundleServer server;
        try {
            server = BundleServer.start(bundle, env, work.resolve("server-" + database + ".log"));
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (mariaDb != null) {
                mariaDb.close();
            }
            throw e;
        }
        // a bundle whose embedded default is a mariadbd of its own (lib/mariadb) lets the suite freeze that one
        Optional<DatabaseControl> control = mariaDb != null ? Optional.of(mariaDb)
                : Files.isDirectory(bundle.resolve("lib/mariadb")) ? Optional.of(new EmbeddedMariaDb(server))
                : Optional.empty();
        Target target = new Target(database, URI.create("http://127.0.0.1:" + port + "/"), credentials, server::log,
                Optional.of(server), control, credentials.adminUser(), credentials.adminPassword(),
                true, new Secrets(credentials));
        return new ServerUnderTest(server, mariaDb, target);
    }

    public Target target() {
        return target;
    }

    public BundleServer server() {
        return server;
    }

    private static String random(int length) {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @Override
    public void close() {
        server.close();
        if (mariaDb != null) {
            mariaDb.close();
        }
    }
}

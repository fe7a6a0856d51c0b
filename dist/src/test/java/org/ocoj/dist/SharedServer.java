package org.ocoj.dist;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server for the whole HTTP suite (booting one costs seconds): the real bundle on a fresh MariaDB
 * database, with the bundle's plugins plus the test-probe plugin built from this module's test classes.
 * Tests use {@link #get()}; it is stopped and its database dropped when the suite ends.
 */
public final class SharedServer implements BeforeAllCallback {

    public static final String REGISTRATION_KEY = "it-registration-key-0123456789abcdef";
    public static final String ADMIN_PASSWORD = "it-admin-password";
    public static final String API_KEY = "it-client-api-key-0123456789abcdef";
    /** Bytes of request bodies in memory at once (SlowBodyIT: three 15 MB bodies, or one beside the 31 MB of its 300 slow 100 KB ones). */
    public static final long BODY_BUDGET_BYTES = 48_000_000;

    private static Running running;
    private static Path agentPluginsDir;
    private static Path pluginsDir;

    /** The running server, its database and ready-made clients. */
    public static final class Running implements ExtensionContext.Store.CloseableResource {
        final ServerProcess server;
        public final TestDatabase database;

        Running(ServerProcess server, TestDatabase database) {
            this.server = server;
            this.database = database;
        }

        public URI url() {
            return server.url();
        }

        public ClientApi clientApi() {
            return new ClientApi(url(), "admin", ADMIN_PASSWORD, API_KEY);
        }

        public AgentClient agent(String hostname) {
            return new AgentClient(url(), hostname, REGISTRATION_KEY);
        }

        /** Everything the server printed so far (its log). */
        public String output() {
            return server.output();
        }

        @Override
        public void close() {
            server.close();
            database.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedServer.class) {
            if (running == null) {
                running = start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedServer.class, running);
            }
        }
    }

    public static Running get() {
        return running;
    }

    /** The server's {@code OCO_PLUGINS_DIR}: it watches it while it runs (PluginUpgradeIT). */
    public static Path pluginsDir() {
        return pluginsDir;
    }

    /** The server's {@code OCO_AGENT_PLUGINS_DIR}: collector plugins it offers to agents (empty at start). */
    public static Path agentPluginsDir() {
        return agentPluginsDir;
    }

    private static Running start() throws IOException, InterruptedException {
        TestDatabase database = TestDatabase.create("ocoj_it");
        Path plugins = Files.createTempDirectory("oco-it-plugins");
        pluginsDir = plugins;
        try (Stream<Path> bundled = Files.list(ServerProcess.home().resolve("plugins"))) {
            for (Path jar : (Iterable<Path>) bundled::iterator) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        TestPluginJar.build(plugins.resolve("test-probe-1.0.0.jar"));
        PluginRulesIT.buildRuleBreakers(plugins);
        Map<String, String> env = new HashMap<>();
        env.put("OCO_DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + database.name);
        env.put("OCO_DB_USER", "root");
        env.put("OCO_DB_PASSWORD", "");
        env.put("OCO_AGENT_REGISTRATION_KEY", REGISTRATION_KEY);
        env.put("OCO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("OCO_CLIENT_API_KEY", API_KEY);
        env.put("OCO_PLUGINS_DIR", plugins.toString());
        agentPluginsDir = Files.createTempDirectory("oco-it-agent-plugins");
        env.put("OCO_AGENT_PLUGINS_DIR", agentPluginsDir.toString());
        env.put("OCO_TRUSTED_PROXIES", "127.0.0.1"); // as behind a local TLS proxy (ReliabilitySmokeIT's secure-cookie)
        env.put("OCO_BODY_BUDGET_BYTES", String.valueOf(BODY_BUDGET_BYTES));
        env.put("OCO_BODY_TIMEOUT_MILLIS", "10000"); // SlowBodyIT waits for its 408 this long (default 30 s)
        env.put("OCO_INVENTORY_RETENTION_INTERVAL", "2"); // InventoryRetentionIT waits for it (default an hour)
        env.put("OCO_ACTIVITY_INTERVAL", "2"); // ActivitySeriesIT waits for the counts (default a minute)
        ServerProcess server = ServerProcess.start(env);
        try {
            server.awaitReady(Duration.ofSeconds(120));
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            database.close();
            throw e;
        }
        return new Running(server, database);
    }
}

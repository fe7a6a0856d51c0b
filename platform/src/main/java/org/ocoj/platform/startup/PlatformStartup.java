package org.ocoj.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocoj.platform.cluster.ClusterBus;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.Causes;
import org.ocoj.platform.db.ConfiguredDataSource;
import org.ocoj.platform.db.PlatformMigrations;
import org.ocoj.platform.db.StartupLock;
import org.ocoj.platform.db.embedded.EmbeddedServers;
import org.ocoj.platform.db.h2import.LegacyH2Import;
import org.ocoj.platform.health.Drain;
import org.ocoj.platform.health.ServingState;
import org.ocoj.platform.plugin.PluginHost;
import org.ocoj.platform.plugin.PluginWatch;
import org.ocoj.platform.plugin.PluginInfo;

/**
 * Start-up: migrate the database, load plugins (and their migrations), import an earlier version's H2 database
 * into the embedded default, generate first-start secrets, then print one summary (URL,
 * database, plugins) and take requests ({@link ServingState}; until then they get 503, and SIGTERM drains from
 * then on, {@link Drain}). A failure prints one readable line and stops the process with exit code 3 instead of
 * leaving a server without its application.
 */
@ApplicationScoped
public class PlatformStartup {

    static final int EXIT_STARTUP_FAILED = 3;

    @Inject
    ServerConfig config;
    @Inject
    PlatformMigrations migrations;
    @Inject
    FirstStartSecrets secrets;
    @Inject
    PluginHost plugins;
    @Inject
    PluginWatch pluginWatch;
    @Inject
    LegacyH2Import h2Import;
    @Inject
    CacheRefresh cacheRefresh;
    @Inject
    ReadyAnnouncer readyAnnouncer;
    @Inject
    org.ocoj.platform.schedule.JobScheduler jobs;
    @Inject
    ServingState serving;
    @Inject
    Drain drain;
    @Inject
    ClusterBus cluster;
    @Inject
    StartupLock startupLock;

    /** What preparing the database gave (under the start-up lock: one node of a cluster at a time). */
    private record Prepared(int applied, String product, List<String> lines) {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        PrintStream out = System.out;
        String database = "(not configured)";
        try {
            database = ConfiguredDataSource.describe(config.raw());
            // progress: a first start spends most of its time here (creating the database, migrating, plugins)
            Optional<String> clustered = cluster.start(); // before anything announces a change
            String target = database;
            Prepared prepared = startupLock.holding(() -> {
                out.println("OCO-J: migrating the database schema (" + target + ")");
                int applied = migrations.migrate();
                String product = migrations.databaseProduct();
                out.println("OCO-J: starting the plugins from " + config.pluginsDir());
                plugins.start(); // runs the plugins' migrations: the schema is complete before the H2 import
                h2Import.importIfPending(line -> out.println("OCO-J: " + line));
                return new Prepared(applied, product, secrets.ensure());
            });
            int applied = prepared.applied();
            String product = prepared.product();
            List<String> lines = prepared.lines();
            cacheRefresh.start();
            pluginWatch.start();
            jobs.start();
            out.println("OCO-J: database " + database + " (" + product + "), " + applied + " migration(s) applied");
            lines.forEach(line -> out.println("OCO-J: " + line));
            clustered.ifPresent(line -> out.println("OCO-J: " + line));
            out.println("OCO-J: plugins from " + config.pluginsDir() + ": " + describe(plugins.list()));
            drain.install();
            serving.serving(); // readiness UP, requests taken
            readyAnnouncer.announceWhenServing(config.httpPort(), "OCO-J: ready at http://" + hostName() + ":"
                    + config.httpPort() + "/  (agents: /api-agent.php, client API: /api-client.php)");
        } catch (RuntimeException e) {
            System.err.println("OCO-J: cannot start: " + rootMessage(e) + " [database " + database + "]");
            System.err.flush();
            EmbeddedServers.stopAll(); // halt runs no shutdown hooks
            Runtime.getRuntime().halt(EXIT_STARTUP_FAILED);
        }
    }

    private static String describe(List<PluginInfo> list) {
        if (list.isEmpty()) {
            return "none";
        }
        return list.stream().map(p -> p.id() + " " + p.version() + (p.enabled() ? "" : " (disabled)"))
                .collect(Collectors.joining(", "));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** The innermost cause's message: the one that says what is actually wrong. */
    static String rootMessage(Throwable e) {
        Throwable root = Causes.root(e);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}

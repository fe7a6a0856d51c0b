package org.ocoj.platform.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.StartupLock;
import org.ocoj.platform.logging.FailureLog;

/**
 * Watches this node's plugins folder while the server runs: a jar dropped in or replaced is loaded (or refused) by
 * {@link PluginHost#upgrade} once it stopped changing, a removed one stops its plugin. Each node of a cluster watches
 * its own folder; the start-up lock keeps two nodes from migrating a plugin's tables at the same time.
 */
@ApplicationScoped
public class PluginWatch {

    static final long PERIOD_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(PluginWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ServerConfig config;
    @Inject
    PluginHost plugins;
    @Inject
    StartupLock startupLock;
    @Inject
    FailureLog failures;

    private PluginFolder folder;
    private ScheduledFuture<?> task;

    /** Called once the plugins were loaded at start: the jars there now count as handled. */
    public void start() {
        folder = new PluginFolder(config.pluginsDir());
        task = scheduler.scheduleWithFixedDelay(this::scan, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void scan() {
        try {
            PluginFolder.Changes changes = folder.scan();
            if (changes.isEmpty()) {
                return;
            }
            startupLock.holding(() -> {
                changes.changed().forEach(plugins::upgrade); // a replacement under a new file name, then its old one
                for (Path jar : changes.removed()) {
                    plugins.removed(jar);
                }
                return null;
            });
        } catch (RuntimeException e) {
            failures.failed(LOG, "Loading changed plugins from " + config.pluginsDir(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

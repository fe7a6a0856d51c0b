package org.ocoj.platform.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ocoj.platform.logging.FailureLog;
import org.ocoj.platform.laps.PasswordRules;
import org.ocoj.platform.plugin.PluginHost;
import org.ocoj.platform.settings.SettingsService;

/**
 * Keeps per-node caches (settings, plugin states, password rotation rules) in step with the database every few seconds, off the
 * request path, so that changes made through another node reach this one.
 */
@ApplicationScoped
public class CacheRefresh {

    static final long PERIOD_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(CacheRefresh.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    SettingsService settings;
    @Inject
    PluginHost plugins;
    @Inject
    PasswordRules passwordRules;
    @Inject
    FailureLog failures;

    private ScheduledFuture<?> task;

    void start() {
        task = scheduler.scheduleWithFixedDelay(this::refresh, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void refresh() {
        try {
            settings.reload();
            plugins.refreshStates();
            passwordRules.reload();
        } catch (RuntimeException e) {
            failures.failed(LOG, "Refreshing settings, plugin states and password rules", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

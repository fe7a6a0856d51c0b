package org.ocoj.platform.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ocoj.platform.logging.FailureLog;
import org.ocoj.api.server.ScheduledJob;
import org.ocoj.platform.plugin.PluginHost;

/**
 * Runs the platform's own {@link ScheduledJob}s and those of enabled plugins. Every tick it looks for due jobs; a job that runs once
 * per cluster must first win its lease ({@link JobLeases}), so the database decides which node runs it.
 */
@ApplicationScoped
public class JobScheduler {

    static final long TICK_SECONDS = 1;
    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    PluginHost plugins;
    /** The platform's own jobs (CDI beans), e.g. the inventory retention; named {@code core:<name>}. */
    @Inject
    Instance<ScheduledJob> coreJobs;
    @Inject
    JobLeases leases;
    @Inject
    Clock clock;
    @Inject
    FailureLog failures;
    @Inject
    JobMetrics metrics;

    private final String node = UUID.randomUUID().toString();
    private final Map<String, LocalDateTime> nextLocalRun = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;

    public void start() {
        task = executor.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    private void tick() {
        for (ScheduledJob job : coreJobs) {
            runIfDue("core", job);
        }
        for (PluginHost.Owned<ScheduledJob> owned : plugins.extensionsWithOwner(ScheduledJob.class)) {
            runIfDue(owned.pluginId(), owned.extension());
        }
    }

    /** @param owner the plugin's id, or "core" for the platform's own jobs (the metrics' {@code plugin} label) */
    private void runIfDue(String owner, ScheduledJob job) {
        String name = owner + ":" + job.name();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime due = nextLocalRun.get(name);
        if (due != null && now.isBefore(due)) {
            return;
        }
        LocalDateTime next = now.plus(job.interval());
        nextLocalRun.put(name, next);
        try {
            if (!job.oncePerCluster() || leases.acquire(name, node, now, next)) {
                run(owner, job);
            }
        } catch (RuntimeException e) {
            failures.failed(LOG, "Scheduled job " + name, e);
        }
    }

    private void run(String pluginId, ScheduledJob job) {
        boolean ok = false;
        try {
            job.run();
            ok = true;
        } finally {
            metrics.ran(pluginId, job.name(), ok);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

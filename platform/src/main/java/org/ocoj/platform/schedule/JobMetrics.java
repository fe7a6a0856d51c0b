package org.ocoj.platform.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.ocoj.platform.metrics.MetricRegistration;

/**
 * {@code oco_scheduled_job_runs_total{plugin, job, outcome="ok"|"failed"}}: the runs of plugins' scheduled jobs on
 * this node (a job that runs once per cluster counts on the node that won its lease).
 */
@ApplicationScoped
class JobMetrics {

    private static final Metadata RUNS = Metadata.builder().withName("oco_scheduled_job_runs")
            .withDescription("Runs of plugins' scheduled jobs on this node, by plugin, job and outcome").build();

    @Inject
    MetricRegistry registry;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    void ran(String pluginId, String job, boolean ok) {
        String outcome = ok ? "ok" : "failed";
        counters.computeIfAbsent(pluginId + '\n' + job + '\n' + outcome, key -> MetricRegistration.serially(() -> registry.counter(RUNS,
                new Tag("plugin", pluginId), new Tag("job", job), new Tag("outcome", outcome)))).inc();
    }
}

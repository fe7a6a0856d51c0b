package org.ocoj.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The database's metrics ({@code /metrics}): {@code oco_group_commit_batch_size} — how many heartbeats each
 * {@link GroupCommit} transaction wrote (1 when idle; it grows with the load, up to 256).
 */
@ApplicationScoped
public class DatabaseMetrics {

    private final MetricRegistry registry;
    private final GroupCommit groupCommit;

    protected DatabaseMetrics() {
        registry = null; // for CDI proxies
        groupCommit = null;
    }

    @Inject
    public DatabaseMetrics(MetricRegistry registry, GroupCommit groupCommit) {
        this.registry = registry;
        this.groupCommit = groupCommit;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Histogram batches = registry.histogram(Metadata.builder().withName("oco_group_commit_batch_size")
                .withDescription("Heartbeat writes per group-commit transaction of the agent hot path").build());
        groupCommit.observeBatchSizes(batches::update);
    }
}

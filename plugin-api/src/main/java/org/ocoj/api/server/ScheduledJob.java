package org.ocoj.api.server;

import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Work a plugin wants done periodically (retention purges, staleness checks…). The platform runs it; a
 * plugin never starts threads of its own.
 *
 * <p>With {@link #oncePerCluster()} (the default) the platform takes a lease row in the database first, so
 * only one node of a cluster runs the job per interval. Called on a platform worker thread, outside any
 * transaction: connections from {@link PluginContext#dataSource()} auto-commit. A run that throws is logged
 * and retried at the next interval. Not called while the plugin is disabled.
 */
public interface ScheduledJob extends ExtensionPoint {

    /** A name unique within the plugin, e.g. {@code event-retention}. */
    String name();

    /** How often to run; at least a few seconds. */
    Duration interval();

    default boolean oncePerCluster() {
        return true;
    }

    void run();
}

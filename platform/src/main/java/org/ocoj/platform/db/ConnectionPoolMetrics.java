package org.ocoj.platform.db;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The database connection pool's use on {@code /metrics}, from Payara's pool itself ({@link PayaraPool}):
 * {@code oco_db_pool_connections{state="used"|"idle"}}, {@code oco_db_pool_connections_max},
 * {@code oco_db_pool_waiting_requests} (waiting for a connection now), {@code oco_db_pool_wait_seconds} (how long
 * each request for a connection waited) and {@code oco_db_pool_timeouts_total} (requests that gave up after
 * {@code OCO_DB_POOL_WAIT_MILLIS}). The gauges read {@code NaN} while the pool cannot be read.
 */
@ApplicationScoped
public class ConnectionPoolMetrics {

    private static final Logger LOG = Logger.getLogger(ConnectionPoolMetrics.class.getName());

    private final MetricRegistry registry;
    private Timer waits;
    private Counter timeouts;
    /** Null until Payara created the pool; empty for good once the pool proved unreadable. */
    private volatile Optional<PayaraPool> pool;

    protected ConnectionPoolMetrics() {
        this.registry = null; // for CDI proxies
    }

    @Inject
    public ConnectionPoolMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    /** After the platform's start-up (a later priority), whose migrations made Payara create the pool. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                 Object event) {
        waits = registry.timer(Metadata.builder().withName("oco_db_pool_wait").withUnit(MetricUnits.NANOSECONDS)
                .withDescription("How long each request for a database connection waited for the pool (0 when one "
                        + "was free)").build());
        timeouts = registry.counter(Metadata.builder().withName("oco_db_pool_timeouts")
                .withDescription("Requests for a database connection that found none within "
                        + "OCO_DB_POOL_WAIT_MILLIS").build());
        Metadata connections = Metadata.builder().withName("oco_db_pool_connections")
                .withDescription("Open database connections of this node's pool: used by a request, or idle")
                .build();
        gauge(connections, PayaraPool.Status::used, new Tag("state", "used"));
        gauge(connections, PayaraPool.Status::idle, new Tag("state", "idle"));
        gauge(Metadata.builder().withName("oco_db_pool_connections_max")
                .withDescription("The most connections the pool opens").build(), PayaraPool.Status::max);
        gauge(Metadata.builder().withName("oco_db_pool_waiting_requests")
                .withDescription("Requests waiting for a free database connection now").build(),
                PayaraPool.Status::waiting);
        status();
    }

    private void gauge(Metadata metadata, ToIntFunction<PayaraPool.Status> value, Tag... tags) {
        registry.gauge(metadata, this, metrics -> metrics.status().map(s -> (double) value.applyAsInt(s))
                .orElse(Double.NaN), tags);
    }

    /** The pool's state now, found (and watched for waits) on first use. */
    private Optional<PayaraPool.Status> status() {
        Optional<PayaraPool> current = pool;
        if (current == null) {
            current = find();
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        try {
            current.get().watch(millis -> waits.update(Duration.ofMillis(millis)), timeouts::inc);
            return current.get().status();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return unreadable(e);
        }
    }

    private synchronized Optional<PayaraPool> find() {
        if (pool != null) {
            return pool;
        }
        try {
            Object dataSource = InitialContext.doLookup(DatabaseDefinition.JNDI_NAME);
            // Payara's classes, as the class loader of its DataSource sees them (the application's does not)
            Optional<PayaraPool> found = PayaraPool.find(DatabaseDefinition.JNDI_NAME,
                    dataSource.getClass().getClassLoader());
            if (found.isPresent()) {
                pool = found;
            }
            return found;
        } catch (NamingException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            unreadable(e);
            return Optional.empty();
        }
    }

    private Optional<PayaraPool.Status> unreadable(Throwable e) {
        pool = Optional.empty();
        LOG.log(Level.WARNING, "The database pool's metrics are not available: Payara's connection pool is not the "
                + "one OCO-J knows (" + e + ")");
        return Optional.empty();
    }
}

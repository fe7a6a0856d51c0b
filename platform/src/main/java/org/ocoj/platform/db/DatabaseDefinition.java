package org.ocoj.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one DataSource of the platform, configured through MicroProfile Config (so {@code OCO_DB_URL},
 * {@code OCO_DB_USER}, {@code OCO_DB_PASSWORD} in the environment). Without a URL it is the embedded MariaDB
 * in the data directory (see {@link ConfiguredDataSource}). A request waits at most {@code OCO_DB_POOL_WAIT_MILLIS}
 * for a free connection (instead of Payara's 60 s), so a database that stopped answering turns into failed
 * requests rather than a queue of hanging ones (see {@link DatabaseTimeouts}).
 */
@DataSourceDefinition(
        name = DatabaseDefinition.JNDI_NAME,
        className = "org.ocoj.platform.db.ConfiguredDataSource",
        // few connections kept open just in case: after a database failure the pool re-creates that many at once,
        // each up to the connect timeout, in the thread of the request that noticed
        minPoolSize = 1,
        maxPoolSize = 64,
        initialPoolSize = 1,
        // READ COMMITTED: no gap locks between agents writing their own rows (fewer deadlocks on InnoDB)
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.log-jdbc-calls=false",
            // set the isolation level once per physical connection, not on every hand-out (one statement less
            // per request on the agent hot path)
            "fish.payara.is-isolation-level-guaranteed=false",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=${MPCONFIG=oco.db.pool-wait-millis}",
            "fish.payara.pool-resize-quantity=1"
        })
@ApplicationScoped
public class DatabaseDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/oco";
}

package org.ocoj.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one DataSource of the platform, configured through MicroProfile Config (so {@code OCO_DB_URL},
 * {@code OCO_DB_USER}, {@code OCO_DB_PASSWORD} in the environment). Without a URL it is the embedded MariaDB
 * in the data directory (see {@link ConfiguredDataSource}).
 */
@DataSourceDefinition(
        name = DatabaseDefinition.JNDI_NAME,
        className = "org.ocoj.platform.db.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 64,
        initialPoolSize = 2,
        // READ COMMITTED: no gap locks between agents writing their own rows (fewer deadlocks on InnoDB)
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.log-jdbc-calls=false",
            // set the isolation level once per physical connection, not on every hand-out (one statement less
            // per request on the agent hot path)
            "fish.payara.is-isolation-level-guaranteed=false",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DatabaseDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/oco";
}

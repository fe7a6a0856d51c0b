package org.ocoj.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the platform's schema up to date with Flyway at start-up (db/migration/platform). */
@ApplicationScoped
public class PlatformMigrations {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** @return number of migrations applied */
    public int migrate() {
        return Flyway.configure(PlatformMigrations.class.getClassLoader())
                .dataSource(new WithoutSocketTimeout(dataSource))
                .locations("classpath:db/migration/platform")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** e.g. "MariaDB 10.11.19-MariaDB-0+deb12u1" — for the start-up line and oco.info. */
    public String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String version = meta.getDatabaseProductVersion();
            if (version.contains("MariaDB")) {
                // Connector/J reports MariaDB as "MySQL 5.5.5-10.11.5-MariaDB" (MariaDB's old replication prefix)
                return "MariaDB " + version.replaceFirst("^5\\.5\\.5-", "");
            }
            return meta.getDatabaseProductName() + " " + version;
        } catch (SQLException e) {
            throw new SqlFailure("reading the database version", e);
        }
    }
}

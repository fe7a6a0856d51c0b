package org.ocoj.platform.plugin;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ocoj.platform.db.WithoutSocketTimeout;
import org.pf4j.PluginWrapper;

/**
 * Runs the Flyway migrations a plugin ships in {@code db/migration/<pluginId>} inside its jar, with its own
 * history table, so plugins own their tables without touching the platform's.
 */
final class PluginMigrations {

    private PluginMigrations() {
    }

    /** @return the number of migrations applied */
    static int migrate(PluginWrapper plugin, DataSource dataSource) {
        String location = "db/migration/" + plugin.getPluginId();
        ClassLoader loader = plugin.getPluginClassLoader();
        if (loader.getResource(location) == null) {
            return 0;
        }
        int applied = Flyway.configure(loader)
                .dataSource(new WithoutSocketTimeout(dataSource))
                .locations("classpath:" + location)
                .table("flyway_history_" + plugin.getPluginId().replaceAll("[^A-Za-z0-9]", "_"))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
        // Flyway keeps its last configuration, and so the plugin's class loader, in a static: replace it.
        Flyway.configure(PluginMigrations.class.getClassLoader()).dataSource(dataSource).load();
        return applied;
    }
}

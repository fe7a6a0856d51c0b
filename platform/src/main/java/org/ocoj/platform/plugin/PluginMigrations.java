package org.ocoj.platform.plugin;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
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
        if (!hasMigrations(plugin)) {
            return 0;
        }
        try {
            return flyway(plugin, dataSource).migrate().migrationsExecuted;
        } finally {
            forgetLoader(dataSource);
        }
    }

    /**
     * Why this jar is older than the database, if it is: the plugin's history holds migrations the jar does not
     * have (a downgrade), which Flyway would silently ignore while the old code meets the newer tables.
     */
    static Optional<String> databaseAhead(PluginWrapper plugin, DataSource dataSource) {
        if (!hasMigrations(plugin)) {
            return Optional.empty();
        }
        try {
            String future = Arrays.stream(flyway(plugin, dataSource).info().applied())
                    .filter(migration -> migration.getState().name().startsWith("FUTURE"))
                    .map(MigrationInfo::getVersion).map(String::valueOf).collect(Collectors.joining(", "));
            return future.isEmpty() ? Optional.empty() : Optional.of("the database already has its migration(s) "
                    + future + ", which this version does not know (a downgrade below the database's schema)");
        } finally {
            forgetLoader(dataSource);
        }
    }

    private static boolean hasMigrations(PluginWrapper plugin) {
        return plugin.getPluginClassLoader().getResource(location(plugin)) != null;
    }

    private static String location(PluginWrapper plugin) {
        return "db/migration/" + plugin.getPluginId();
    }

    private static Flyway flyway(PluginWrapper plugin, DataSource dataSource) {
        return Flyway.configure(plugin.getPluginClassLoader())
                .dataSource(new WithoutSocketTimeout(dataSource))
                .locations("classpath:" + location(plugin))
                .table("flyway_history_" + plugin.getPluginId().replaceAll("[^A-Za-z0-9]", "_"))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** Flyway keeps its last configuration, and so the plugin's class loader, in a static: replace it. */
    private static void forgetLoader(DataSource dataSource) {
        Flyway.configure(PluginMigrations.class.getClassLoader()).dataSource(dataSource).load();
    }
}

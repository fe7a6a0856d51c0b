package org.ocoj.testkit;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.ocoj.api.db.Db;
import org.ocoj.api.server.ComputerRef;

/**
 * A database of its own for one test class, with the platform's real schema (its Flyway migrations, as the server
 * runs them) and then the plugin's own migrations from {@code db/migration/<pluginId>} on the test's class path,
 * with the history table the server uses ({@code flyway_history_<plugin_id>}): a migration the server would skip or
 * refuse fails here too. Dropped on {@link #close()}.
 *
 * <p>On MariaDB by default: found at {@code jdbc:mysql://127.0.0.1:3306/} as {@code root} without a password unless
 * the system properties {@code ocoj.testkit.url}, {@code ocoj.testkit.user}, {@code ocoj.testkit.password} say
 * otherwise. The system property {@code ocoj.testkit.db=h2} (or {@link #create(String, Engine)}) takes H2 in
 * memory instead, in the MySQL mode the server runs a {@code jdbc:h2:} URL in, with the same migrations.
 */
public final class PluginDatabase implements AutoCloseable {

    /** The databases the server runs on. */
    public enum Engine {
        /** MariaDB (or MySQL) at {@code ocoj.testkit.url}: a database of its own, dropped on close. */
        MARIADB,
        /** H2 in memory, in the server's MySQL mode: gone on close. */
        H2;

        /** {@code ocoj.testkit.db}: {@code mariadb} (the default) or {@code h2}. */
        static Engine configured() {
            String name = System.getProperty("ocoj.testkit.db", "mariadb");
            for (Engine engine : values()) {
                if (engine.name().equalsIgnoreCase(name)) {
                    return engine;
                }
            }
            throw new IllegalArgumentException("ocoj.testkit.db=" + name + ": the plugin test kit runs on mariadb or h2");
        }
    }

    /** The server's settings for a jdbc:h2: URL (those of its former H2 default), in memory until closed. */
    private static final String H2_MODE = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;"
            + "IGNORECASE=TRUE;DB_CLOSE_DELAY=-1";

    private final String pluginId;
    private final Engine engine;
    private final String name;
    private final BoundConnections dataSource;
    private final Runnable drop;

    private PluginDatabase(String pluginId, Engine engine) {
        this.pluginId = pluginId;
        this.engine = engine;
        name = "kit_" + pluginId.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        if (engine == Engine.H2) {
            JdbcDataSource own = new JdbcDataSource();
            own.setURL("jdbc:h2:mem:" + name + H2_MODE);
            dataSource = new BoundConnections(own);
            drop = () -> Db.of(own).update("SHUTDOWN");
        } else {
            MysqlDataSource server = mariaDb("");
            try {
                Db.of(server).update("CREATE DATABASE " + name);
            } catch (RuntimeException e) {
                throw new IllegalStateException("The plugin test kit needs MariaDB at " + server.getUrl() + " (user "
                        + server.getUser() + ", see PluginDatabase): " + e.getMessage(), e);
            }
            dataSource = new BoundConnections(mariaDb(name));
            drop = () -> Db.of(server).update("DROP DATABASE IF EXISTS " + name);
        }
    }

    private static MysqlDataSource mariaDb(String database) {
        MysqlDataSource source = new MysqlDataSource();
        source.setUrl(System.getProperty("ocoj.testkit.url", "jdbc:mysql://127.0.0.1:3306/") + database);
        source.setUser(System.getProperty("ocoj.testkit.user", "root"));
        source.setPassword(System.getProperty("ocoj.testkit.password", ""));
        return source;
    }

    /** A new database on the engine {@code ocoj.testkit.db} names (MariaDB unless it says {@code h2}). */
    public static PluginDatabase create(String pluginId) {
        return create(pluginId, Engine.configured());
    }

    /** A new database on {@code engine} with the platform's schema and then {@code pluginId}'s migrations applied. */
    public static PluginDatabase create(String pluginId, Engine engine) {
        PluginDatabase database = new PluginDatabase(pluginId, engine);
        try {
            database.migrate("db/migration/platform", "flyway_schema_history");
            database.migrate("db/migration/" + pluginId, "flyway_history_" + pluginId.replaceAll("[^A-Za-z0-9]", "_"));
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void migrate(String location, String historyTable) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader.getResource(location) == null) {
            return;
        }
        Flyway.configure(loader).dataSource(dataSource).locations("classpath:" + location).table(historyTable)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    public String pluginId() {
        return pluginId;
    }

    public Engine engine() {
        return engine;
    }

    /** The database's name, e.g. to tell it in a failure message. */
    public String name() {
        return name;
    }

    /** Connections join {@link #inTransaction} on the same thread, as the platform's do. */
    public DataSource dataSource() {
        return dataSource;
    }

    public Db db() {
        return Db.of(dataSource);
    }

    /** Runs {@code work} in one transaction (or the one this thread is in): commits when it returns, rolls back if it throws. */
    public <T> T inTransaction(Supplier<T> work) {
        return dataSource.inTransaction(work);
    }

    /** A computer as the platform stores one (a row of its {@code computer} table), made now. */
    public ComputerRef computer(String hostname) {
        long id = db().insert("INSERT INTO computer (hostname, created, created_by) VALUES (?, ?, ?)", hostname,
                Instant.now(), "plugin-testkit");
        return new ComputerRef(id, hostname);
    }

    /** Removes a computer as {@code oco.computer.remove} does: rows referencing it with ON DELETE CASCADE go too. */
    public void removeComputer(long id) {
        db().update("DELETE FROM computer WHERE id = ?", id);
    }

    @Override
    public void close() {
        drop.run();
    }
}

package org.ocoj.testkit;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ocoj.api.db.Db;
import org.ocoj.api.server.ComputerRef;

/**
 * A database of its own on MariaDB for one test class, with the platform's real schema (its Flyway migrations, as
 * the server runs them) and then the plugin's own migrations from {@code db/migration/<pluginId>} on the test's
 * class path, with the history table the server uses ({@code flyway_history_<plugin_id>}): a migration the server
 * would skip or refuse fails here too. Dropped on {@link #close()}.
 *
 * <p>MariaDB is found at {@code jdbc:mysql://127.0.0.1:3306/} as {@code root} without a password unless the system
 * properties {@code ocoj.testkit.url}, {@code ocoj.testkit.user}, {@code ocoj.testkit.password} say otherwise.
 */
public final class PluginDatabase implements AutoCloseable {

    private final String pluginId;
    private final String name;
    private final MysqlDataSource server = new MysqlDataSource();
    private final BoundConnections dataSource;

    private PluginDatabase(String pluginId) {
        this.pluginId = pluginId;
        String url = System.getProperty("ocoj.testkit.url", "jdbc:mysql://127.0.0.1:3306/");
        name = "kit_" + pluginId.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        server.setUrl(url);
        server.setUser(System.getProperty("ocoj.testkit.user", "root"));
        server.setPassword(System.getProperty("ocoj.testkit.password", ""));
        try {
            Db.of(server).update("CREATE DATABASE " + name);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The plugin test kit needs MariaDB at " + url + " (user "
                    + server.getUser() + ", see PluginDatabase): " + e.getMessage(), e);
        }
        MysqlDataSource own = new MysqlDataSource();
        own.setUrl(url + name);
        own.setUser(server.getUser());
        own.setPassword(System.getProperty("ocoj.testkit.password", ""));
        dataSource = new BoundConnections(own);
    }

    /** A new database with the platform's schema and then {@code pluginId}'s migrations applied. */
    public static PluginDatabase create(String pluginId) {
        PluginDatabase database = new PluginDatabase(pluginId);
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
        Db.of(server).update("DROP DATABASE IF EXISTS " + name);
    }
}

package org.ocoj.api.server;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ocoj.api.db.Db;

/**
 * What the platform offers one plugin. Obtained through an extension's constructor, never through a static.
 */
public interface PluginContext {

    /** The plugin's id as declared in its manifest ({@code Plugin-Id}). */
    String pluginId();

    /** Current values of the settings this plugin declared (see {@link SettingDeclarations}). */
    Settings settings();

    /**
     * The platform's database. Connections taken inside a platform call that has a transaction (a client
     * method, an inventory update…) join it: do not commit or roll back yourself. Where the call has none (a
     * {@link CheckInParticipant}) each statement commits by itself; wrap work that
     * must be atomic in {@link #inTransaction}. Tables a plugin owns come from its Flyway migrations in
     * {@code db/migration/<pluginId>} inside its jar.
     */
    DataSource dataSource();

    /**
     * {@link #dataSource()} through the plugin-api's JDBC helper: queries, updates, a portable upsert. Its
     * connections behave as the data source's (they join the caller's transaction). Since plugin-api 1.2.0.
     */
    default Db db() {
        return Db.of(dataSource());
    }

    /**
     * Runs {@code work} in one database transaction: the caller's, if it has one, otherwise a new one that
     * commits when {@code work} returns and rolls back if it throws. Connections taken from
     * {@link #dataSource()} inside {@code work} take part in it.
     */
    <T> T inTransaction(Supplier<T> work);

    /** The clock to use for anything time-based, so tests can control time. */
    Clock clock();

    /** A logger named after the plugin. */
    Logger logger();

    /**
     * Read-only access to computers and their inventory. While it serves a client call, computers outside the
     * caller's {@link ComputerScope} are left out as if they did not exist.
     */
    ComputerDirectory computers();

    /**
     * Resolves a group or report (dynamic group) to computer ids, read-only, e.g. to wake or update a whole
     * group. While it serves a client call, groups and computers outside the caller's {@link ComputerScope} are not
     * found (a report's result holds only those inside).
     */
    ComputerSelection selection();
}

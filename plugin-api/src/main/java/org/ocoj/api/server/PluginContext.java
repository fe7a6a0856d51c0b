package org.ocoj.api.server;

import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the platform offers one plugin. Obtained through an extension's constructor, never through a static.
 */
public interface PluginContext {

    /** The plugin's id as declared in its manifest ({@code Plugin-Id}). */
    String pluginId();

    /** Current values of the settings this plugin declared (see {@link SettingDeclarations}). */
    Settings settings();

    /**
     * The platform's database. Connections taken inside a platform call (a hello, a client method…) join
     * that call's transaction: do not commit or roll back yourself. Tables a plugin owns come from its
     * Flyway migrations in {@code db/migration/<pluginId>} inside its jar.
     */
    DataSource dataSource();

    /** The clock to use for anything time-based, so tests can control time. */
    Clock clock();

    /** A logger named after the plugin. */
    Logger logger();

    /** Read-only access to computers and their inventory. The default only serves contexts made for tests. */
    default ComputerDirectory computers() {
        throw new UnsupportedOperationException("This platform offers no computer directory to plugins");
    }

    /**
     * Resolves a group or report (dynamic group) to computer ids, read-only, e.g. to wake or update a whole
     * group. The default only serves contexts made for tests.
     */
    default ComputerSelection selection() {
        throw new UnsupportedOperationException("This platform offers no computer selection to plugins");
    }
}

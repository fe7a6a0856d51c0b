package org.ocoj.platform.plugin;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerDirectory;
import org.ocoj.api.server.ComputerSelection;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.Settings;
import org.ocoj.platform.db.Transactions;
import org.ocoj.platform.settings.SettingsService;

/** Builds the {@link PluginContext} handed to a plugin's extensions: its settings are its own, no others. */
final class PluginContextFactory {

    private final SettingsService settings;
    private final DataSource dataSource;
    private final Clock clock;
    private final ComputerDirectory computers;
    private final ComputerSelection selection;
    private final Transactions transactions;

    PluginContextFactory(SettingsService settings, DataSource dataSource, Clock clock, ComputerDirectory computers,
                         ComputerSelection selection, Transactions transactions) {
        this.transactions = transactions;
        this.settings = settings;
        this.dataSource = dataSource;
        this.clock = clock;
        this.computers = computers;
        this.selection = selection;
    }

    PluginContext create(String pluginId) {
        Logger logger = Logger.getLogger("org.ocoj.plugin." + pluginId);
        Settings own = settings.ownedBy(pluginId);
        return new PluginContext() {
            @Override
            public String pluginId() {
                return pluginId;
            }

            @Override
            public Settings settings() {
                return own;
            }

            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return transactions.required(work);
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Logger logger() {
                return logger;
            }

            @Override
            public ComputerDirectory computers() {
                return computers;
            }

            @Override
            public ComputerSelection selection() {
                return selection;
            }
        };
    }
}

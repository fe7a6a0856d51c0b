package org.ocoj.platform.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ocoj.api.PluginApi;
import org.ocoj.api.server.AgentMethod;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.ComputerSelection;
import org.ocoj.api.server.ReportScope;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.UiContribution;
import org.ocoj.platform.agent.AgentMethods;
import org.ocoj.platform.client.ClientDispatcher;
import org.ocoj.platform.cluster.ClusterBus;
import org.ocoj.platform.cluster.ClusterChange;
import org.ocoj.platform.computer.ComputerLookup;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.AfterTransaction;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Transactions;
import org.ocoj.platform.report.criteria.Scope;
import org.ocoj.platform.settings.SettingsRegistry;
import org.ocoj.platform.settings.SettingsService;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The PF4J plugin host: loads every plugin of the plugins folder at start, runs its migrations, and hands
 * out the extensions of enabled plugins only. Enabled state lives in the database (all nodes see it); a change
 * takes effect on this node at once and on the other nodes of a cluster when they hear of it ({@link ClusterBus},
 * milliseconds), else at the timer's next re-read (every few seconds).
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    ServerConfig config;
    @Inject
    SettingsService settings;
    @Inject
    SettingsRegistry registry;
    @Inject
    PluginStates states;
    @Inject
    Clock clock;
    @Inject
    ComputerLookup computers;
    @Inject
    ComputerSelection selection;
    @Inject
    Transactions transactions;
    @Inject
    ClientDispatcher clientMethods;
    @Inject
    ClusterBus cluster;
    @Resource
    TransactionSynchronizationRegistry synchronizations;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    private DefaultPluginManager manager;
    private final Map<String, Boolean> enabled = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Owned<?>>> extensionsByType = new ConcurrentHashMap<>();
    private final Map<String, PluginInfo> refused = new ConcurrentHashMap<>();

    /** Loads and starts every plugin; a plugin that fails is logged and left out. */
    public void start() {
        Path dir = config.pluginsDir();
        PluginContextFactory contexts = new PluginContextFactory(settings, dataSource, clock, computers, selection,
                transactions);
        manager = new DefaultPluginManager(dir) {
            @Override
            protected ExtensionFactory createExtensionFactory() {
                return new ContextExtensionFactory(this, contexts);
            }

            @Override
            protected boolean isPluginValid(PluginWrapper plugin) {
                return true; // Plugin-Requires is checked in start(), with the other rules, by refuseUnsupported
            }
        };
        manager.setSystemVersion(PluginApi.version());
        if (!Files.isDirectory(dir)) {
            LOG.warning("Plugins folder " + dir + " does not exist: no plugins loaded");
            return;
        }
        manager.loadPlugins();
        refuseUnsupported(); // before any plugin code runs
        manager.startPlugins(); // PF4J hands out extensions of started plugins only
        PluginRules rules = new PluginRules(clientMethods.coreMethodNames(), AgentMethods.CORE, Scope.builtInNames());
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        started.sort(Comparator.comparing(PluginWrapper::getPluginId));
        for (PluginWrapper plugin : started) {
            Optional<String> broken = rules.check(plugin.getPluginId(), exports(plugin.getPluginId()));
            if (broken.isPresent()) {
                refuse(plugin, broken.get());
            } else {
                prepare(plugin);
            }
        }
        refreshStates();
    }

    /**
     * Refuses each plugin whose {@code Plugin-Requires} this server's plugin-api does not satisfy (PF4J's
     * expression syntax, e.g. {@code ^1.0.0}; a bare version means "at least", as in PF4J).
     */
    private void refuseUnsupported() {
        String api = manager.getSystemVersion();
        List<PluginWrapper> loaded = new ArrayList<>(manager.getPlugins());
        loaded.sort(Comparator.comparing(PluginWrapper::getPluginId));
        for (PluginWrapper plugin : loaded) {
            String requires = Objects.requireNonNullElse(plugin.getDescriptor().getRequires(), "*").trim();
            String constraint = requires.matches("\\d+\\.\\d+\\.\\d+") ? ">=" + requires : requires;
            boolean satisfied;
            try {
                satisfied = constraint.isEmpty() || manager.getVersionManager().checkVersionConstraint(api, constraint);
            } catch (RuntimeException e) {
                refuse(plugin, "its Plugin-Requires '" + requires + "' is no version expression (e.g. ^1.0.0)");
                continue;
            }
            if (!satisfied) {
                refuse(plugin, "it requires plugin-api " + requires + " (Plugin-Requires), this server has plugin-api "
                        + api);
            }
        }
    }

    private PluginRules.Exports exports(String id) {
        return new PluginRules.Exports(manager.getExtensions(ClientMethod.class, id),
                manager.getExtensions(AgentMethod.class, id), manager.getExtensions(ReportScope.class, id),
                manager.getExtensions(SettingDeclarations.class, id), manager.getExtensions(UiContribution.class, id));
    }

    /** A plugin that breaks a rule is not started at all: one line says which rule, the plugin list says why. */
    private void refuse(PluginWrapper plugin, String rule) {
        String id = plugin.getPluginId();
        LOG.severe("Plugin " + id + " refused: " + rule);
        refused.put(id, new PluginInfo(id, nullToEmpty(plugin.getDescriptor().getPluginDescription()),
                nullToEmpty(plugin.getDescriptor().getVersion()), nullToEmpty(plugin.getDescriptor().getProvider()),
                false, "refused", rule));
        manager.unloadPlugin(id);
    }

    private void prepare(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        try {
            int applied = PluginMigrations.migrate(plugin, dataSource);
            if (applied > 0) {
                LOG.info("Plugin " + id + ": applied " + applied + " database migration(s)");
            }
            for (SettingDeclarations declarations : manager.getExtensions(SettingDeclarations.class, id)) {
                declarations.settings().forEach(d -> registry.declare(d, id));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plugin " + id + " could not be prepared and is not started: " + e.getMessage(), e);
            manager.unloadPlugin(id);
        }
    }

    /** The extensions of a type from enabled, started plugins. */
    public <T> List<T> extensions(Class<T> type) {
        return extensionsWithOwner(type).stream().map(Owned::extension).collect(Collectors.toList());
    }

    /** An extension and the id of the plugin it belongs to. */
    public record Owned<T>(String pluginId, T extension) {
    }

    /** Like {@link #extensions(Class)}, with the owning plugin of each. */
    public <T> List<Owned<T>> extensionsWithOwner(Class<T> type) {
        if (manager == null) {
            return List.of();
        }
        List<Owned<T>> result = new ArrayList<>();
        for (Owned<?> extension : extensionsOf(type)) {
            if (enabled.getOrDefault(extension.pluginId(), false)) {
                result.add(new Owned<>(extension.pluginId(), type.cast(extension.extension())));
            }
        }
        return result;
    }

    private List<Owned<?>> extensionsOf(Class<?> type) {
        return extensionsByType.computeIfAbsent(type, t -> manager.getStartedPlugins().stream()
                .flatMap(p -> manager.getExtensions(t, p.getPluginId()).stream()
                        .map(e -> new Owned<Object>(p.getPluginId(), e)))
                .collect(Collectors.toList()));
    }

    /**
     * A file from the plugin's own jar (never the platform's or another plugin's), if the plugin is enabled
     * and started; the caller has checked that {@code path} is a plain relative path.
     */
    public Optional<URL> ownResource(String pluginId, String path) {
        if (manager == null || !enabled.getOrDefault(pluginId, false)) {
            return Optional.empty();
        }
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null || plugin.getPluginState() != PluginState.STARTED
                || !(plugin.getPluginClassLoader() instanceof URLClassLoader)) {
            return Optional.empty();
        }
        return Optional.ofNullable(((URLClassLoader) plugin.getPluginClassLoader()).findResource(path));
    }

    /** Re-reads enabled states from the database; called at start, by a timer and when listing. */
    public void refreshStates() {
        if (manager == null) {
            return;
        }
        Map<String, Boolean> stored = states.all();
        for (PluginWrapper plugin : manager.getPlugins()) {
            enabled.put(plugin.getPluginId(), stored.getOrDefault(plugin.getPluginId(), true));
        }
    }

    public List<PluginInfo> list() {
        if (manager == null) {
            return List.of();
        }
        refreshStates();
        return Stream.concat(manager.getPlugins().stream().map(this::info), refused.values().stream())
                .sorted(Comparator.comparing(PluginInfo::id))
                .collect(Collectors.toList());
    }

    public Optional<PluginInfo> find(String pluginId) {
        return list().stream().filter(p -> p.id().equals(pluginId)).findFirst();
    }

    private PluginInfo info(PluginWrapper plugin) {
        var descriptor = plugin.getDescriptor();
        return new PluginInfo(plugin.getPluginId(), nullToEmpty(descriptor.getPluginDescription()),
                nullToEmpty(descriptor.getVersion()), nullToEmpty(descriptor.getProvider()),
                enabled.getOrDefault(plugin.getPluginId(), false) && plugin.getPluginState() == PluginState.STARTED,
                plugin.getPluginState().toString().toLowerCase(java.util.Locale.ROOT), "");
    }

    /**
     * Called inside the admin's transaction; the other nodes are told once it has committed. The state is set again
     * after the commit: a refresh that ran meanwhile (timer, a listing) read the old committed state and put it back.
     */
    public void setEnabled(String pluginId, boolean value, String actor) {
        states.save(pluginId, value, actor);
        enabled.put(pluginId, value);
        AfterTransaction.register(synchronizations, status -> {
            if (status == Status.STATUS_COMMITTED) {
                enabled.put(pluginId, value);
            } else {
                refreshStates();
            }
        });
        cluster.announce(ClusterChange.PLUGIN_STATES);
    }

    /** Another node enabled or disabled a plugin. */
    void onClusterChange(@Observes ClusterChange change) {
        if (change == ClusterChange.PLUGIN_STATES) {
            refreshStates();
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @PreDestroy
    void stop() {
        if (manager != null) {
            // unloadPlugins, not stopPlugins: PF4J 3.15's stopPlugins can throw ConcurrentModificationException
            manager.unloadPlugins();
            extensionsByType.clear();
        }
    }
}

package org.ocoj.platform.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
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
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The PF4J plugin host: loads every plugin of the plugins folder at start, runs its migrations, and hands
 * out the extensions of enabled plugins only. A jar replaced while the server runs is upgraded in place, or refused
 * while the running version stays ({@link #upgrade}). Enabled state lives in the database (all nodes see it); a change
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
    private PluginContextFactory contexts;
    private final Map<String, Boolean> enabled = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Owned<?>>> extensionsByType = new ConcurrentHashMap<>();
    private final Map<String, PluginInfo> refused = new ConcurrentHashMap<>();
    /** The folder's jar of each plugin loaded while the server runs: it runs from a private copy (see PluginCopies). */
    private final Map<String, Path> sources = new ConcurrentHashMap<>();
    private final PluginCopies copies = new PluginCopies();
    /** The jar each refusal came from, so removing the jar clears it. */
    private final Map<Path, String> refusedJars = new ConcurrentHashMap<>();

    /** Loads and starts every plugin; a plugin that fails is logged and left out. */
    public synchronized void start() {
        Path dir = config.pluginsDir();
        contexts = new PluginContextFactory(settings, dataSource, clock, computers, selection, transactions);
        manager = newManager(dir);
        if (!Files.isDirectory(dir)) {
            LOG.warning("Plugins folder " + dir + " does not exist: no plugins loaded");
            return;
        }
        manager.loadPlugins();
        for (PluginWrapper plugin : sorted(manager.getPlugins())) {
            unsupported(manager, plugin).ifPresent(rule -> refuse(plugin, rule)); // before any plugin code runs
        }
        manager.startPlugins(); // PF4J hands out extensions of started plugins only
        PluginRules rules = coreRules();
        for (PluginWrapper plugin : sorted(manager.getStartedPlugins())) {
            Optional<String> broken = rules.check(plugin.getPluginId(), exports(manager, plugin.getPluginId()))
                    .or(() -> PluginMigrations.databaseAhead(plugin, dataSource));
            if (broken.isPresent()) {
                refuse(plugin, broken.get());
            } else {
                prepare(plugin);
            }
        }
        refreshStates();
    }

    /** A PF4J manager whose extensions get their plugin's context; Plugin-Requires is checked by {@link #unsupported}. */
    private DefaultPluginManager newManager(Path dir) {
        PluginContextFactory factory = contexts;
        DefaultPluginManager created = new DefaultPluginManager(dir) {
            @Override
            protected ExtensionFactory createExtensionFactory() {
                return new ContextExtensionFactory(this, factory);
            }

            @Override
            protected boolean isPluginValid(PluginWrapper plugin) {
                return true;
            }
        };
        created.setSystemVersion(PluginApi.version());
        return created;
    }

    private static List<PluginWrapper> sorted(List<PluginWrapper> plugins) {
        List<PluginWrapper> copy = new ArrayList<>(plugins);
        copy.sort(Comparator.comparing(PluginWrapper::getPluginId));
        return copy;
    }

    private PluginRules coreRules() {
        return new PluginRules(clientMethods.coreMethodNames(), AgentMethods.CORE, Scope.builtInNames());
    }

    /**
     * Why this server's plugin-api does not satisfy the plugin's {@code Plugin-Requires} (PF4J's expression syntax,
     * e.g. {@code ^1.0.0}; a bare version means "at least", as in PF4J), if it does not.
     */
    private static Optional<String> unsupported(PluginManager plugins, PluginWrapper plugin) {
        String api = plugins.getSystemVersion();
        String requires = Objects.requireNonNullElse(plugin.getDescriptor().getRequires(), "*").trim();
        String constraint = requires.matches("\\d+\\.\\d+\\.\\d+") ? ">=" + requires : requires;
        try {
            if (constraint.isEmpty() || plugins.getVersionManager().checkVersionConstraint(api, constraint)) {
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            return Optional.of("its Plugin-Requires '" + requires + "' is no version expression (e.g. ^1.0.0)");
        }
        return Optional.of("it requires plugin-api " + requires + " (Plugin-Requires), this server has plugin-api " + api);
    }

    /**
     * A jar of the plugins folder is new or was replaced while the server runs (see {@link PluginWatch}). The new
     * version is loaded beside the running one first, on a manager of its own: it must keep the rules (against the core
     * and the other running plugins), not be older than the database's schema of it, and its migrations must succeed.
     * Only then is the running version stopped and unloaded and the new one loaded and started; else the new one is
     * refused with one log line, listed as {@code refused}, and the running version keeps running.
     */
    synchronized void upgrade(Path jar) {
        DefaultPluginManager staging = newManager(jar.getParent());
        Path copy;
        String id;
        try {
            copy = copies.copy(jar);
        } catch (IOException e) {
            LOG.severe("Plugin jar " + jar + " refused: it could not be copied (" + e.getMessage() + ")");
            return;
        }
        try {
            id = staging.loadPlugin(copy);
        } catch (RuntimeException e) {
            LOG.severe("Plugin jar " + jar + " refused: it could not be loaded (" + e.getMessage() + ")");
            PluginCopies.delete(copy);
            return;
        }
        PluginWrapper candidate = staging.getPlugin(id);
        String version = candidate.getDescriptor().getVersion();
        Optional<String> problem;
        try {
            problem = unsupported(staging, candidate)
                    .or(() -> staging.startPlugin(id) == PluginState.STARTED ? Optional.empty()
                            : Optional.of("it did not start"))
                    .or(() -> rulesBeside(id).check(id, exports(staging, id)))
                    .or(() -> PluginMigrations.databaseAhead(candidate, dataSource))
                    .or(() -> migrationFailure(candidate));
        } finally {
            staging.unloadPlugins();
        }
        if (problem.isPresent()) {
            PluginCopies.delete(copy);
            PluginWrapper running = manager.getPlugin(id);
            refuse(id, candidate.getDescriptor(), jar, problem.get() + (running == null ? ""
                    : "; version " + running.getDescriptor().getVersion() + " keeps running"));
            return;
        }
        PluginWrapper previous = manager.getPlugin(id);
        String replaced = previous == null ? "" : " (was " + previous.getDescriptor().getVersion() + ")";
        if (previous != null) {
            Path previousJar = source(previous);
            stop(previous);
            if (!sameFile(previousJar, jar) && Files.exists(previousJar)) {
                LOG.warning("Plugin " + id + ": the jar of the previous version, " + previousJar
                        + ", is still in the plugins folder; remove it, or the next start finds two versions");
            }
        }
        try {
            manager.loadPlugin(copy);
            sources.put(id, jar);
            if (manager.startPlugin(id) != PluginState.STARTED || !prepare(manager.getPlugin(id))) {
                throw new PluginRuntimeException("it did not start");
            }
        } catch (RuntimeException e) {
            if (manager.getPlugin(id) != null) {
                stop(manager.getPlugin(id));
            }
            PluginCopies.delete(copy);
            refuse(id, candidate.getDescriptor(), jar, "it could not be started (" + e.getMessage() + ")"
                    + (previous == null ? "" : "; version " + previous.getDescriptor().getVersion() + " was stopped"));
            return;
        }
        refused.remove(id);
        refusedJars.values().removeIf(id::equals);
        extensionsByType.clear();
        refreshStates();
        LOG.info("Plugin " + id + " " + version + " started from " + jar.getFileName() + replaced
                + ", without a restart");
    }

    /** A jar of the plugins folder was removed: the plugin it holds stops (or its refusal is forgotten). */
    synchronized void removed(Path jar) {
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            if (sameFile(source(plugin), jar)) {
                stop(plugin);
                LOG.info("Plugin " + plugin.getPluginId() + " stopped: its jar " + jar.getFileName()
                        + " was removed from the plugins folder");
            }
        }
        String id = refusedJars.remove(normalized(jar));
        if (id != null && !refusedJars.containsValue(id)) {
            refused.remove(id);
        }
    }

    /** The names the core and every other running plugin own, so the new version of {@code id} is checked against them. */
    private PluginRules rulesBeside(String id) {
        PluginRules rules = coreRules();
        for (PluginWrapper other : sorted(manager.getStartedPlugins())) {
            if (!other.getPluginId().equals(id)) {
                rules.check(other.getPluginId(), exports(manager, other.getPluginId()));
            }
        }
        return rules;
    }

    private Optional<String> migrationFailure(PluginWrapper plugin) {
        try {
            int applied = PluginMigrations.migrate(plugin, dataSource);
            if (applied > 0) {
                LOG.info("Plugin " + plugin.getPluginId() + " " + plugin.getDescriptor().getVersion() + ": applied "
                        + applied + " database migration(s)");
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("its database migration failed: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = Objects.requireNonNullElse(root.getMessage(), root.toString()).strip();
        return message.lines().findFirst().orElse(message);
    }

    /** Stops and unloads a running plugin and lets go of everything it declared (and of its copy, if it has one). */
    private void stop(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        ClassLoader loader = plugin.getPluginClassLoader();
        manager.unloadPlugin(id);
        ((ContextExtensionFactory) manager.getExtensionFactory()).forget(loader);
        registry.forget(id);
        extensionsByType.clear();
        if (sources.remove(id) != null) {
            PluginCopies.delete(plugin.getPluginPath());
        }
    }

    /** The jar of the plugins folder a plugin came from (it runs from a copy of it when it was loaded later). */
    private Path source(PluginWrapper plugin) {
        return sources.getOrDefault(plugin.getPluginId(), plugin.getPluginPath());
    }

    private static boolean sameFile(Path a, Path b) {
        return normalized(a).equals(normalized(b));
    }

    private static Path normalized(Path jar) {
        return jar.toAbsolutePath().normalize();
    }

    private static PluginRules.Exports exports(PluginManager plugins, String id) {
        return new PluginRules.Exports(plugins.getExtensions(ClientMethod.class, id),
                plugins.getExtensions(AgentMethod.class, id), plugins.getExtensions(ReportScope.class, id),
                plugins.getExtensions(SettingDeclarations.class, id), plugins.getExtensions(UiContribution.class, id));
    }

    /** A plugin that breaks a rule is not started at all: one line says which rule, the plugin list says why. */
    private void refuse(PluginWrapper plugin, String rule) {
        refuse(plugin.getPluginId(), plugin.getDescriptor(), plugin.getPluginPath(), rule);
        manager.unloadPlugin(plugin.getPluginId());
    }

    private void refuse(String id, PluginDescriptor descriptor, Path jar, String rule) {
        LOG.severe("Plugin " + id + " refused: " + rule);
        refused.put(id, new PluginInfo(id, nullToEmpty(descriptor.getPluginDescription()),
                nullToEmpty(descriptor.getVersion()), nullToEmpty(descriptor.getProvider()), false, "refused", rule));
        refusedJars.put(normalized(jar), id);
    }

    /** Runs its migrations and declares its settings; false (logged, unloaded) if that fails. */
    private boolean prepare(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        try {
            int applied = PluginMigrations.migrate(plugin, dataSource);
            if (applied > 0) {
                LOG.info("Plugin " + id + ": applied " + applied + " database migration(s)");
            }
            for (SettingDeclarations declarations : manager.getExtensions(SettingDeclarations.class, id)) {
                declarations.settings().forEach(d -> registry.declare(d, id));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plugin " + id + " could not be prepared and is not started: " + e.getMessage(), e);
            registry.forget(id);
            manager.unloadPlugin(id);
            return false;
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
        List<Owned<?>> cached = extensionsByType.get(type);
        if (cached != null) {
            return cached;
        }
        synchronized (this) { // PF4J's manager is not thread-safe, and an upgrade may be changing it
            return extensionsByType.computeIfAbsent(type, t -> manager.getStartedPlugins().stream()
                    .flatMap(p -> manager.getExtensions(t, p.getPluginId()).stream()
                            .map(e -> new Owned<Object>(p.getPluginId(), e)))
                    .collect(Collectors.toList()));
        }
    }

    /**
     * A file from the plugin's own jar (never the platform's or another plugin's), if the plugin is enabled
     * and started; the caller has checked that {@code path} is a plain relative path.
     */
    public synchronized Optional<URL> ownResource(String pluginId, String path) {
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
    public synchronized void refreshStates() {
        if (manager == null) {
            return;
        }
        Map<String, Boolean> stored = states.all();
        for (PluginWrapper plugin : manager.getPlugins()) {
            enabled.put(plugin.getPluginId(), stored.getOrDefault(plugin.getPluginId(), true));
        }
    }

    /**
     * Each plugin once: a refused new version stands for its plugin (state {@code refused}, its version and the
     * reason) while the version before it may still be running, and enabled, beside it.
     */
    public synchronized List<PluginInfo> list() {
        if (manager == null) {
            return List.of();
        }
        refreshStates();
        Map<String, PluginInfo> byId = new TreeMap<>();
        manager.getPlugins().forEach(plugin -> byId.put(plugin.getPluginId(), info(plugin)));
        refused.values().forEach(refusal -> byId.merge(refusal.id(), refusal, (running, r) -> new PluginInfo(r.id(),
                r.description(), r.version(), r.provider(), running.enabled(), r.state(), r.problem())));
        return List.copyOf(byId.values());
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
    synchronized void stopAll() {
        if (manager != null) {
            // unloadPlugins, not stopPlugins: PF4J 3.15's stopPlugins can throw ConcurrentModificationException
            manager.unloadPlugins();
            extensionsByType.clear();
        }
    }
}

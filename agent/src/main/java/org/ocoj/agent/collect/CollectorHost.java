package org.ocoj.agent.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.ocoj.api.PluginApi;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.EventSource;
import org.ocoj.api.agent.ServiceCheckSource;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Finds collectors and event sources: PF4J plugin jars in the agent's plugin directories plus any
 * {@code @Extension} collectors on the agent's own class path. The agent never names a collector class.
 * Plugins can also be loaded and unloaded while the agent runs (collectors delivered by the server); all
 * methods are synchronized because PF4J's manager is not thread-safe.
 */
public final class CollectorHost implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CollectorHost.class.getName());

    private final PluginManager plugins;

    private CollectorHost(PluginManager plugins) {
        this.plugins = plugins;
    }

    /** Loads and starts every plugin in {@code pluginsDir}; a missing directory means "class path only". */
    public static CollectorHost start(Path pluginsDir) {
        return start(List.of(pluginsDir));
    }

    /** Loads and starts every plugin in the given directories; missing ones are skipped. */
    public static CollectorHost start(List<Path> pluginDirs) {
        List<Path> existing = pluginDirs.stream().filter(Files::isDirectory).toList();
        if (existing.isEmpty()) {
            LOG.info("no plugin directory exists (" + pluginDirs + "); using class path collectors only");
        }
        // PF4J warns about every missing root, and with no root at all it would fall back to ./plugins
        DefaultPluginManager manager = new DefaultPluginManager(existing.isEmpty() ? pluginDirs.subList(0, 1) : existing);
        // a plugin whose Plugin-Requires this plugin-api does not satisfy is disabled by PF4J, with its reason logged
        manager.setSystemVersion(PluginApi.version());
        manager.loadPlugins();
        manager.startPlugins();
        for (PluginWrapper plugin : manager.getPlugins()) {
            LOG.fine(() -> "plugin " + plugin.getPluginId() + " " + plugin.getDescriptor().getVersion() + " " + plugin.getPluginState());
        }
        return new CollectorHost(manager);
    }

    /** All collectors, one per id (the first one found wins; a duplicate is logged and ignored). */
    public synchronized List<Collector> collectors() {
        return uniqueById(plugins.getExtensions(Collector.class), Collector::id);
    }

    private static <T> List<T> uniqueById(List<T> extensions, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T extension : extensions) {
            T previous = byId.putIfAbsent(id.apply(extension), extension);
            if (previous != null) {
                LOG.warning("two extensions with id " + id.apply(extension) + ": using "
                        + previous.getClass().getName() + ", ignoring " + extension.getClass().getName());
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The id of the plugin a collector belongs to (its custom sections' namespace); a class-path one: its own id. */
    public synchronized String ownerOf(Collector collector) {
        PluginWrapper plugin = plugins.whichPlugin(collector.getClass());
        return plugin == null ? collector.id() : plugin.getPluginId();
    }

    /** The file a loaded plugin came from. */
    public synchronized Optional<Path> pluginPath(String pluginId) {
        return Optional.ofNullable(plugins.getPlugin(pluginId)).map(PluginWrapper::getPluginPath);
    }

    /**
     * Loads and starts one plugin jar.
     *
     * @return the plugin's id from its descriptor
     * @throws PluginRuntimeException if it is no valid plugin, its id is taken, or it does not start
     */
    public synchronized String load(Path jar) {
        String id = plugins.loadPlugin(jar);
        if (plugins.startPlugin(id) != PluginState.STARTED) {
            plugins.unloadPlugin(id);
            throw new PluginRuntimeException("plugin {} from {} did not start", id, jar);
        }
        return id;
    }

    /**
     * Runs {@code work} (loads and unloads) while no one else may read the extensions: a caller on another thread
     * sees all plugins before the work or all after it, never a mix of old and new versions.
     */
    public synchronized void exclusively(Runnable work) {
        work.run();
    }

    /** Stops and unloads a plugin (its jar stays where it is); false if it was not loaded. */
    public synchronized boolean unload(String pluginId) {
        return plugins.getPlugin(pluginId) != null && plugins.unloadPlugin(pluginId);
    }

    /** All event sources (SPEC 5), in the order PF4J finds them; the first that handles a rule's log runs it. */
    public synchronized List<EventSource> eventSources() {
        return plugins.getExtensions(EventSource.class);
    }

    /** All service-check sources (SPEC 6), one per id like {@link #collectors()}. */
    public synchronized List<ServiceCheckSource> serviceCheckSources() {
        return uniqueById(plugins.getExtensions(ServiceCheckSource.class), ServiceCheckSource::id);
    }

    /** Unloads the plugins (not stopPlugins: ConcurrentModificationException in PF4J 3.15, ARCHITECTURE 9). */
    @Override
    public synchronized void close() {
        plugins.unloadPlugins();
    }
}

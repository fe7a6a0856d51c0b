package org.ocoj.agent.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.ServiceCheckSource;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Finds collectors: PF4J plugin jars in the agent's {@code plugins/} directory plus any {@code @Extension}
 * collectors on the agent's own class path. The agent never names a collector class.
 */
public final class CollectorHost implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CollectorHost.class.getName());

    private final PluginManager plugins;

    private CollectorHost(PluginManager plugins) {
        this.plugins = plugins;
    }

    /** Loads and starts every plugin in {@code pluginsDir}; a missing directory means "class path only". */
    public static CollectorHost start(Path pluginsDir) {
        if (!Files.isDirectory(pluginsDir)) {
            LOG.info("plugin directory " + pluginsDir + " does not exist; using class path collectors only");
        }
        PluginManager manager = new DefaultPluginManager(pluginsDir);
        manager.loadPlugins();
        manager.startPlugins();
        for (PluginWrapper plugin : manager.getPlugins()) {
            LOG.fine(() -> "plugin " + plugin.getPluginId() + " " + plugin.getDescriptor().getVersion() + " " + plugin.getPluginState());
        }
        return new CollectorHost(manager);
    }

    /** All collectors, one per id (the first one found wins; a duplicate is logged and ignored). */
    public List<Collector> collectors() {
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

    /** All service-check sources (SPEC 6), one per id like {@link #collectors()}. */
    public List<ServiceCheckSource> serviceCheckSources() {
        return uniqueById(plugins.getExtensions(ServiceCheckSource.class), ServiceCheckSource::id);
    }

    /** Unloads the plugins (not stopPlugins: ConcurrentModificationException in PF4J 3.15, ARCHITECTURE 9). */
    @Override
    public void close() {
        plugins.unloadPlugins();
    }
}

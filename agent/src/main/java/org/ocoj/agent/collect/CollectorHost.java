package org.ocoj.agent.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.EventSource;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Finds collectors and event sources: PF4J plugin jars in the agent's {@code plugins/} directory plus any {@code @Extension}
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
        Map<String, Collector> byId = new LinkedHashMap<>();
        for (Collector collector : plugins.getExtensions(Collector.class)) {
            Collector previous = byId.putIfAbsent(collector.id(), collector);
            if (previous != null) {
                LOG.warning("two collectors with id " + collector.id() + ": using "
                        + previous.getClass().getName() + ", ignoring " + collector.getClass().getName());
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** All event sources (SPEC 5), in the order PF4J finds them; the first that handles a rule's log runs it. */
    public List<EventSource> eventSources() {
        return plugins.getExtensions(EventSource.class);
    }

    /** Unloads the plugins (not stopPlugins: ConcurrentModificationException in PF4J 3.15, ARCHITECTURE 9). */
    @Override
    public void close() {
        plugins.unloadPlugins();
    }
}

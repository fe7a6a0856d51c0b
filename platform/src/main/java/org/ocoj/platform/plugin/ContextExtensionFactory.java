package org.ocoj.platform.plugin;

import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ocoj.api.server.PluginContext;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * Creates each extension once, passing the owning plugin's {@link PluginContext} to a constructor that takes
 * one (else the no-argument constructor is used).
 */
final class ContextExtensionFactory implements ExtensionFactory {

    private final PluginManager pluginManager;
    private final PluginContextFactory contexts;
    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

    ContextExtensionFactory(PluginManager pluginManager, PluginContextFactory contexts) {
        this.pluginManager = pluginManager;
        this.contexts = contexts;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        return extensionClass.cast(instances.computeIfAbsent(extensionClass, this::instantiate));
    }

    private Object instantiate(Class<?> extensionClass) {
        try {
            for (Constructor<?> constructor : extensionClass.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == PluginContext.class) {
                    return constructor.newInstance(contexts.create(pluginIdOf(extensionClass)));
                }
            }
            return extensionClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "Cannot create extension {}", extensionClass.getName());
        }
    }

    private String pluginIdOf(Class<?> extensionClass) {
        PluginWrapper plugin = pluginManager.whichPlugin(extensionClass);
        return plugin == null ? "platform" : plugin.getPluginId();
    }

    void forget(ClassLoader pluginClassLoader) {
        instances.keySet().removeIf(c -> c.getClassLoader() == pluginClassLoader);
    }
}

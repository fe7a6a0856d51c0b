package org.ocoj.platform.plugin;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/** Enables or disables a plugin at run time: {@code {"id": "self-registration"}}. */
abstract class PluginSwitchMethod implements ClientMethod {

    @Inject
    PluginHost plugins;

    abstract boolean enable();

    @Override
    public String method() {
        return enable() ? "oco.plugin.enable" : "oco.plugin.disable";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        String id = call.data().requireString("id", 100);
        PluginInfo plugin = plugins.find(id).orElseThrow(() -> RequestException.notFound("Not found: plugin " + id));
        if (!plugin.problem().isEmpty()) {
            throw RequestException.invalid("Plugin " + id + " was refused (" + plugin.problem()
                    + "): put a version that keeps the rules into the plugins folder");
        }
        if (plugin.enabled() != enable()) {
            plugins.setEnabled(id, enable(), call.adminUsername());
            call.audit(method(), "plugin:" + id, Map.of("enabled", enable()));
        }
        return PluginListMethod.shape(plugins.find(id).orElseThrow());
    }
}

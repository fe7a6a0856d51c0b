package org.ocoj.platform.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.plugin.list}: installed plugins with version and state. */
@ApplicationScoped
public class PluginListMethod implements ClientMethod {

    @Inject
    PluginHost plugins;

    @Override
    public String method() {
        return "oco.plugin.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        return plugins.list().stream().map(PluginListMethod::shape).collect(Collectors.toList());
    }

    static Map<String, Object> shape(PluginInfo plugin) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", plugin.id());
        map.put("name", plugin.description());
        map.put("version", plugin.version());
        map.put("provider", plugin.provider());
        map.put("enabled", plugin.enabled());
        map.put("state", plugin.state());
        if (!plugin.problem().isEmpty()) {
            map.put("problem", plugin.problem()); // why a refused plugin was not started
        }
        return map;
    }
}

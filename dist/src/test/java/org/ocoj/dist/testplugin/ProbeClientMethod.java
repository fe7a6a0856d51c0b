package org.ocoj.dist.testplugin;

import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** A client method that proves the plugin got its context (its id) from the platform. */
@Extension
public class ProbeClientMethod implements ClientMethod {

    private final PluginContext context;

    public ProbeClientMethod(PluginContext context) {
        this.context = context;
    }

    @Override
    public String method() {
        return "oco.probe.ping";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        return Map.of("plugin", context.pluginId(), "admin", call.adminUsername());
    }
}

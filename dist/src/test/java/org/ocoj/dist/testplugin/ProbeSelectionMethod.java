package org.ocoj.dist.testplugin;

import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** Resolves a group or report to computer ids through the platform's selection, as a WOL plugin would. */
@Extension
public class ProbeSelectionMethod implements ClientMethod {

    private final PluginContext context;

    public ProbeSelectionMethod(PluginContext context) {
        this.context = context;
    }

    @Override
    public String method() {
        return "oco.probe.select";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        return Map.of("computer_ids", context.selection().select(call.data()));
    }
}

package org.ocoj.dist.ruleplugins.shadow;

import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.pf4j.Extension;

/** Breaks a plugin rule: exports a core client method (PluginRulesIT expects the plugin refused). */
@Extension
public class ShadowCoreMethod implements ClientMethod {

    @Override
    public String method() {
        return "oco.computer.list";
    }

    @Override
    public Object handle(ClientCall call) {
        return Map.of("shadowed", true);
    }
}

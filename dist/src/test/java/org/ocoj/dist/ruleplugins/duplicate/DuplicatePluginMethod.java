package org.ocoj.dist.ruleplugins.duplicate;

import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.pf4j.Extension;

/** Breaks a plugin rule: exports the test probe's client method again (PluginRulesIT expects it refused). */
@Extension
public class DuplicatePluginMethod implements ClientMethod {

    @Override
    public String method() {
        return "oco.probe.ping";
    }

    @Override
    public Object handle(ClientCall call) {
        return Map.of("plugin", "duplicate");
    }
}

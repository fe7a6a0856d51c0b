package org.ocoj.dist.ruleplugins.future;

import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.pf4j.Extension;

/**
 * Keeps every rule but declares {@code Plugin-Requires: ^2.0.0}, a plugin-api this server does not have
 * (PluginRulesIT expects the plugin refused and this method unknown).
 */
@Extension
public class FutureApiMethod implements ClientMethod {

    @Override
    public String method() {
        return "rules-future-api.ping";
    }

    @Override
    public Object handle(ClientCall call) {
        return Map.of("answered", true);
    }
}

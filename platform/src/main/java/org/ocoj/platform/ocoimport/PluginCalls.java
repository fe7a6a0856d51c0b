package org.ocoj.platform.ocoimport;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.JsonParams;
import org.ocoj.platform.plugin.PluginHost;

/**
 * Calls a plugin's client API method from inside the import, as the importing admin and in the import's
 * transaction: plugin data (event rules, WOL satellites) goes through the plugin's own validation, and the
 * platform keeps knowing no feature's tables.
 */
@Dependent
class PluginCalls {

    private final PluginHost plugins;

    @Inject
    PluginCalls(PluginHost plugins) {
        this.plugins = plugins;
    }

    /** The method of an enabled plugin, if one offers it. */
    Optional<ClientMethod> find(String method) {
        return plugins.extensions(ClientMethod.class).stream().filter(m -> method.equals(m.method())).findFirst();
    }

    Object call(ClientMethod method, Map<String, Object> data, ClientCall outer) {
        return method.handle(new Nested(JsonParams.of(data, "data"), outer));
    }

    /** The nested call: the outer admin, audit entries in the outer call's transaction. */
    private record Nested(JsonParams data, ClientCall outer) implements ClientCall {
        @Override
        public String adminUsername() {
            return outer.adminUsername();
        }

        @Override
        public void audit(String action, String objectRef, Object detail) {
            outer.audit(action, objectRef, detail);
        }
    }
}

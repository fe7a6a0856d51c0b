package org.ocoj.platform.plugin;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code oco.plugin.disable}: the plugin's extensions are no longer called, on any node. */
@ApplicationScoped
public class PluginDisableMethod extends PluginSwitchMethod {

    @Override
    boolean enable() {
        return false;
    }
}

package org.ocoj.platform.plugin;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code oco.plugin.enable}. */
@ApplicationScoped
public class PluginEnableMethod extends PluginSwitchMethod {

    @Override
    boolean enable() {
        return true;
    }
}

package org.ocoj.dist.ruleplugins.setting;

import java.util.List;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.pf4j.Extension;

/** Breaks a plugin rule: declares a setting outside its own id's namespace (PluginRulesIT expects it refused). */
@Extension
public class ForeignSetting implements SettingDeclarations {

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of("agent.update-interval", SettingDefinition.Type.INTEGER, "1",
                "a setting the core owns"));
    }
}

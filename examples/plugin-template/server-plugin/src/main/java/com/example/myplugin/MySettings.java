package com.example.myplugin;

import java.util.List;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.pf4j.Extension;

/** This plugin's settings: keys start with the plugin id; admins change them on the Settings page. */
@Extension
public class MySettings implements SettingDeclarations {

    static final String GREETING = "my-plugin.greeting";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(GREETING, SettingDefinition.Type.STRING, "Hello",
                "How my-plugin.hello greets").withPattern(".{1,40}", "1 to 40 characters"));
    }
}

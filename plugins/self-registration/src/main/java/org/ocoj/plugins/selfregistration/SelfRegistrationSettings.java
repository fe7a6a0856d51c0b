package org.ocoj.plugins.selfregistration;

import java.util.List;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.pf4j.Extension;

/** The one setting of this plugin; {@code OCO_SELF_REGISTRATION} in the environment pins it. */
@Extension
public class SelfRegistrationSettings implements SettingDeclarations {

    static final String ENABLED = "self-registration.enabled";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(ENABLED, SettingDefinition.Type.BOOLEAN, "false",
                        "Agents with an unknown hostname may register with the registration key")
                .withConfigProperty("oco.self.registration"));
    }
}

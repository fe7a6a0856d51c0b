package org.ocoj.api.server;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The settings a plugin owns. Called once when the plugin is loaded; the platform lists them in
 * {@code oco.setting.list} and lets admins change them with {@code oco.setting.set}.
 */
public interface SettingDeclarations extends ExtensionPoint {

    List<SettingDefinition> settings();
}

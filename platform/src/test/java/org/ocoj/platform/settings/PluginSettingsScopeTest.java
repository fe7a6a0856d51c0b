package org.ocoj.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.Settings;

/**
 * A plugin's context reads its own settings only ({@link SettingsService#ownedBy}, what PluginContextFactory hands
 * each plugin): not another plugin's, not the core's secrets or switches, not an unknown key — all refused before
 * any value is looked at. (That a plugin reads its own values is what every plugin in the end-to-end tests does.)
 */
class PluginSettingsScopeTest {

    private final SettingsService service = new SettingsService();

    PluginSettingsScopeTest() {
        service.registry = new SettingsRegistry();
        service.registry.declare(SettingDefinition.of("plugin-a.colour", SettingDefinition.Type.STRING, "red", "a's"),
                "plugin-a");
        service.registry.declare(SettingDefinition.of("plugin-b.secret", SettingDefinition.Type.STRING, "s3cr3t",
                "b's"), "plugin-b");
    }

    @Test
    void aPluginCannotReadAnotherPluginsSetting() {
        Settings a = service.ownedBy("plugin-a");
        assertEquals("Setting plugin-b.secret is not declared by plugin plugin-a",
                assertThrows(IllegalArgumentException.class, () -> a.get("plugin-b.secret")).getMessage());
    }

    @Test
    void aPluginCannotReadTheCoresSettings() {
        Settings a = service.ownedBy("plugin-a");
        for (String core : new String[] {"agent.registration-key", "client-api.key", "client-api.enabled"}) {
            assertEquals(SettingsRegistry.CORE, service.registry.find(core).orElseThrow().owner(), core);
            assertEquals("Setting " + core + " is not declared by plugin plugin-a",
                    assertThrows(IllegalArgumentException.class, () -> a.get(core)).getMessage());
        }
    }

    @Test
    void aPluginNamedLikeACorePrefixGetsNothingOfTheCore() {
        // ownership, not the key's prefix: a plugin with the id "client-api" still reads no core setting
        assertThrows(IllegalArgumentException.class, () -> service.ownedBy("client-api").get("client-api.key"));
    }

    @Test
    void anUndeclaredKeyIsRefusedToo() {
        assertThrows(IllegalArgumentException.class, () -> service.ownedBy("plugin-a").get("plugin-a.nothing"));
    }
}

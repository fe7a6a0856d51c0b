package org.ocoj.plugins.selfregistration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.RegistrationRequest;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.testkit.PluginDatabase;
import org.ocoj.testkit.TestPluginContext;

/**
 * What the plugin decides for an unknown hostname's hello (the platform then still requires the registration key's
 * signature): no while an admin has not enabled it, never with an empty registration key, yes otherwise — read
 * afresh for every hello, and nothing written (plugin test kit: the server's context and schema).
 */
class SelfRegistrationPolicyTest {

    private static final PluginDatabase DATABASE = PluginDatabase.create("self-registration");
    private static final RegistrationRequest SIGNED = new RegistrationRequest("new-pc", "192.0.2.7", false);
    private static final RegistrationRequest EMPTY_KEY = new RegistrationRequest("new-pc", "192.0.2.7", true);
    private TestPluginContext context;
    private SelfRegistrationPolicy policy;

    @BeforeEach
    void plugin() {
        context = new TestPluginContext(DATABASE, new SelfRegistrationSettings());
        policy = new SelfRegistrationPolicy(context);
    }

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @Test
    void offUntilAnAdminEnablesIt() {
        assertFalse(policy.mayRegister(SIGNED));
        assertEquals(List.of(), context.log(), "an ordinary no: nothing to log");
    }

    @Test
    void enabledItLetsAnUnknownHostnameRegister() {
        context.set(SelfRegistrationSettings.ENABLED, "true");
        assertTrue(policy.mayRegister(SIGNED));
        assertEquals(List.of(), context.log());
    }

    @Test
    void theSettingIsReadForEveryHello() {
        context.set(SelfRegistrationSettings.ENABLED, "true");
        assertTrue(policy.mayRegister(SIGNED));
        context.set(SelfRegistrationSettings.ENABLED, "false");
        assertFalse(policy.mayRegister(SIGNED), "switched off at run time, no restart");
    }

    @Test
    void neverWithAnEmptyRegistrationKeyAndTheRefusalIsLogged() {
        context.set(SelfRegistrationSettings.ENABLED, "true");
        assertFalse(policy.mayRegister(EMPTY_KEY), "anyone could sign with an empty key");
        assertEquals(List.of("WARNING Refused self-registration of new-pc from 192.0.2.7: the registration key is "
                + "empty"), context.log());
    }

    @Test
    void decidingWritesNothing() {
        DATABASE.computer("known-pc");
        long before = DATABASE.db().count("SELECT COUNT(*) FROM computer");
        context.set(SelfRegistrationSettings.ENABLED, "true");
        policy.mayRegister(SIGNED);
        policy.mayRegister(EMPTY_KEY);
        assertEquals(before, DATABASE.db().count("SELECT COUNT(*) FROM computer"), "the platform creates the computer");
    }

    @Test
    void theSettingIsABooleanTheEnvironmentCanPin() {
        SettingDefinition enabled = new SelfRegistrationSettings().settings().get(0);
        assertEquals(SelfRegistrationSettings.ENABLED, enabled.key());
        assertEquals("false", enabled.defaultValue());
        assertEquals("oco.self.registration", enabled.configProperty().orElseThrow(), "OCO_SELF_REGISTRATION");
        assertEquals("Setting self-registration.enabled: must be true or false",
                assertThrows(IllegalArgumentException.class,
                        () -> context.set(SelfRegistrationSettings.ENABLED, "yes")).getMessage());
    }
}

package org.ocoj.plugins.wol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocoj.testkit.PluginDatabase;
import org.ocoj.testkit.TestPluginContext;

/**
 * The satellite table on the platform's real schema with the plugin's own migration (plugin test kit), through the
 * plugin's context as the server gives it; passphrases sealed at rest.
 */
class SatelliteStoreTest {

    private static final PluginDatabase DATABASE = PluginDatabase.create("wake-on-lan");
    private SatelliteStore store;

    @BeforeEach
    void empty() {
        DATABASE.db().update("DELETE FROM wol_satellite");
        store = new SatelliteStore(new TestPluginContext(DATABASE, new WolSettings()).db());
    }

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    private static Satellite satellite(String name, int position) {
        return new Satellite(0, name, position, "10.0.0.5", 22, "wol", "/etc/oco/id_wol", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void satellitesAreListedInTheOrderTheyAreTried() {
        long b = store.insert(satellite("b", 0));
        store.insert(satellite("a", 0));
        store.insert(satellite("c", 0));

        assertEquals(List.of("b", "a", "c"), names(), "new ones go last");
        store.update(store.find(b).orElseThrow().withPosition(5));
        assertEquals(List.of("a", "c", "b"), names());
        assertTrue(store.delete(b));
        assertFalse(store.delete(b));
        assertEquals(Optional.empty(), store.find(b));
    }

    private List<String> names() {
        return store.list().stream().map(Satellite::name).toList();
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        HostKeyPin pin = HostKeyPin.parse("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl");
        Satellite full = new Satellite(0, "branch", 3, "sat.branch.example", 2222, "oco", "/etc/oco/id_ed25519",
                Optional.of("/etc/oco/id_ed25519.pub"), Optional.of("v1:sealed"), Optional.of("sudo wakeonlan -i 10.9.255.255"),
                Optional.of(pin));

        long id = store.insert(full);

        assertEquals(full.withId(id), store.find(id).orElseThrow());
        assertEquals(false, store.find(id).orElseThrow().toMap().toString().contains("v1:sealed"), "never shown");
    }

    @Test
    void passphrasesAreSealedUnderTheSecretAndOnlyItOpensThem() {
        PassphraseCipher cipher = new PassphraseCipher("0123456789abcdef-secret");

        String sealed = cipher.encrypt("correct horse");

        assertFalse(sealed.contains("correct"));
        assertNotEquals(sealed, cipher.encrypt("correct horse"), "a fresh IV each time");
        assertEquals("correct horse", cipher.decrypt(sealed));
        assertThrows(IllegalStateException.class, () -> new PassphraseCipher("another-secret-0123").decrypt(sealed));
        IllegalStateException unset = assertThrows(IllegalStateException.class, () -> new PassphraseCipher(""));
        assertTrue(unset.getMessage().contains("OCO_WOL_SECRET"));
    }
}

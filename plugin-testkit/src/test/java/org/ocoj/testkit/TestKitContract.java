package org.ocoj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.JsonParams;
import org.ocoj.testkit.probe.KitProbeMethod;

/**
 * The kit on a plugin of its own (kit-probe): the real schema and a real context, on each database the server runs
 * on ({@link TestKitTest}: MariaDB, {@link H2TestKitTest}: H2). One database per class, a fresh context per test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TestKitContract {

    final PluginDatabase database;
    private TestPluginContext context;
    private KitProbeMethod method;

    TestKitContract(PluginDatabase.Engine engine) {
        database = PluginDatabase.create("kit-probe", engine);
    }

    @BeforeEach
    void context() {
        context = new TestPluginContext(database, new KitProbeMethod(null));
        method = new KitProbeMethod(context);
    }

    @AfterAll
    void drop() {
        database.close();
    }

    @Test
    void thePluginsTablesSitOnThePlatformsRealSchema() {
        ComputerRef pc = database.computer("kit-pc-" + System.nanoTime());
        assertEquals(Map.of("hostname", pc.hostname(), "limit", "3"), context.call(method,
                Map.of("computer_id", pc.id(), "note", "first")));
        context.call(method, Map.of("computer_id", pc.id(), "note", "second"));
        assertEquals(List.of("second"), database.db().list("SELECT note FROM kit_probe_note WHERE computer_id = ?",
                r -> r.getString(1), pc.id()));
        assertEquals(1, database.db().count("SELECT COUNT(*) FROM flyway_history_kit_probe WHERE version = '1' "
                + "AND success"), "the history table the server uses");

        assertTrue(context.computers().exists(pc.id()));
        database.removeComputer(pc.id());
        assertFalse(context.computers().exists(pc.id()));
        assertEquals(0, database.db().count("SELECT COUNT(*) FROM kit_probe_note WHERE computer_id = ?", pc.id()),
                "the documented reference cascades");
    }

    @Test
    void aTransactionKeepsAllOrNothingAndANestedOneJoins() {
        ComputerRef pc = database.computer("kit-tx-" + System.nanoTime());
        assertThrows(IllegalStateException.class, () -> context.inTransaction(() -> {
            context.db().update("INSERT INTO kit_probe_note (computer_id, note) VALUES (?, 'a')", pc.id());
            context.inTransaction(() -> context.db().update("UPDATE kit_probe_note SET note = 'b'"));
            throw new IllegalStateException("half-way");
        }));
        assertEquals(0, database.db().count("SELECT COUNT(*) FROM kit_probe_note WHERE computer_id = ?", pc.id()));
        context.inTransaction(() -> context.db().update("INSERT INTO kit_probe_note (computer_id, note) VALUES (?, 'c')",
                pc.id()));
        assertEquals(1, database.db().count("SELECT COUNT(*) FROM kit_probe_note WHERE computer_id = ?", pc.id()));
    }

    @Test
    void settingsAreThePluginsOwnAndValidated() {
        context.set("kit-probe.limit", "7");
        assertEquals("7", context.settings().get("kit-probe.limit"));
        assertEquals("Setting kit-probe.limit: must be a whole number from 1 to 10",
                assertThrows(IllegalArgumentException.class, () -> context.set("kit-probe.limit", "11")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> context.settings().get("client-api.key"));
    }

    @Test
    void selectionResolvesGroupsWithSubgroups() {
        ComputerRef a = database.computer("kit-sel-a-" + System.nanoTime());
        ComputerRef b = database.computer("kit-sel-b-" + System.nanoTime());
        long parent = database.db().insert("INSERT INTO computer_group (name, created) VALUES ('p', NOW())");
        long child = database.db().insert("INSERT INTO computer_group (parent_computer_group_id, name, created) "
                + "VALUES (?, 'c', NOW())", parent);
        database.db().update("INSERT INTO computer_group_member VALUES (?, ?), (?, ?)", parent, a.id(), child, b.id());
        assertEquals(List.of(a.id(), b.id()), context.selection().select(JsonParams.of(
                Map.of("computer_group_id", parent), "data")));
        assertEquals(List.of(a.id()), context.selection().groupMembers(parent, false));
    }
}

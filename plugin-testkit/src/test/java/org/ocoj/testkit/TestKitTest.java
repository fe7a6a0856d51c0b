package org.ocoj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.JsonParams;
import org.ocoj.testkit.probe.KitProbeMethod;

/** The kit on a plugin of its own (kit-probe): the real schema, a real context, a real plugin jar. */
class TestKitTest {

    private static final PluginDatabase DATABASE = PluginDatabase.create("kit-probe");
    private final KitProbeMethod declarations = new KitProbeMethod(null);
    private final TestPluginContext context = new TestPluginContext(DATABASE, declarations);
    private final KitProbeMethod method = new KitProbeMethod(context);

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @Test
    void thePluginsTablesSitOnThePlatformsRealSchema() {
        ComputerRef pc = DATABASE.computer("kit-pc-" + System.nanoTime());
        assertEquals(Map.of("hostname", pc.hostname(), "limit", "3"), context.call(method,
                Map.of("computer_id", pc.id(), "note", "first")));
        context.call(method, Map.of("computer_id", pc.id(), "note", "second"));
        assertEquals(List.of("second"), DATABASE.db().list("SELECT note FROM kit_probe_note WHERE computer_id = ?",
                r -> r.getString(1), pc.id()));
        assertEquals(1, DATABASE.db().count("SELECT COUNT(*) FROM flyway_history_kit_probe WHERE version = '1' "
                + "AND success"), "the history table the server uses");

        assertTrue(context.computers().exists(pc.id()));
        DATABASE.removeComputer(pc.id());
        assertFalse(context.computers().exists(pc.id()));
        assertEquals(0, DATABASE.db().count("SELECT COUNT(*) FROM kit_probe_note WHERE computer_id = ?", pc.id()),
                "the documented reference cascades");
    }

    @Test
    void aTransactionKeepsAllOrNothingAndANestedOneJoins() {
        ComputerRef pc = DATABASE.computer("kit-tx-" + System.nanoTime());
        assertThrows(IllegalStateException.class, () -> context.inTransaction(() -> {
            context.db().update("INSERT INTO kit_probe_note (computer_id, note) VALUES (?, 'a')", pc.id());
            context.inTransaction(() -> context.db().update("UPDATE kit_probe_note SET note = 'b'"));
            throw new IllegalStateException("half-way");
        }));
        assertEquals(0, DATABASE.db().count("SELECT COUNT(*) FROM kit_probe_note WHERE computer_id = ?", pc.id()));
        context.inTransaction(() -> context.db().update("INSERT INTO kit_probe_note (computer_id, note) VALUES (?, 'c')",
                pc.id()));
        assertEquals(1, DATABASE.db().count("SELECT COUNT(*) FROM kit_probe_note WHERE computer_id = ?", pc.id()));
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
        ComputerRef a = DATABASE.computer("kit-sel-a-" + System.nanoTime());
        ComputerRef b = DATABASE.computer("kit-sel-b-" + System.nanoTime());
        long parent = DATABASE.db().insert("INSERT INTO computer_group (name, created) VALUES ('p', NOW())");
        long child = DATABASE.db().insert("INSERT INTO computer_group (parent_computer_group_id, name, created) "
                + "VALUES (?, 'c', NOW())", parent);
        DATABASE.db().update("INSERT INTO computer_group_member VALUES (?, ?), (?, ?)", parent, a.id(), child, b.id());
        assertEquals(List.of(a.id(), b.id()), context.selection().select(JsonParams.of(
                Map.of("computer_group_id", parent), "data")));
        assertEquals(List.of(a.id()), context.selection().groupMembers(parent, false));
    }

    @Test
    void buildsAPluginJarWithItsIndexAndResources(@TempDir Path dir) throws IOException {
        Path jar = PluginJar.of("kit-probe", "1.0.0").requires("^1.2.0")
                .classes(Path.of("target/test-classes"), "org/ocoj/testkit/probe/")
                .folder("db/migration/kit-probe/").write(dir.resolve("kit-probe.jar"));
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("kit-probe", file.getManifest().getMainAttributes().getValue("Plugin-Id"));
            assertEquals("^1.2.0", file.getManifest().getMainAttributes().getValue("Plugin-Requires"));
            assertEquals("org.ocoj.testkit.probe.KitProbeMethod\n",
                    new String(file.getInputStream(file.getEntry("META-INF/extensions.idx")).readAllBytes()));
            assertTrue(file.getEntry("org/ocoj/testkit/probe/KitProbeMethod.class") != null);
            assertTrue(file.getEntry("db/migration/kit-probe/V1__kit_probe.sql") != null);
            assertEquals(1, Collections.list(file.entries()).stream()
                    .filter(e -> e.getName().equals("org/ocoj/")).count(), "each folder once");
        }
    }
}

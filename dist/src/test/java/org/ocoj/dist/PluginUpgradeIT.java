package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.testkit.PluginJar;

/**
 * A plugin jar replaced while the shared server runs (docs/plugins.md, "Upgrading a plugin without a restart"):
 * the new version answers and its migration is applied, no restart; a downgrade below the database's schema and a
 * version whose migration fails are refused with the reason, while the version before keeps answering.
 */
@ExtendWith(SharedServer.class)
class PluginUpgradeIT {

    private static final String ID = "hot-probe";
    private static final String MIGRATIONS = "db/migration/" + ID + "/";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();
    private final Path plugins = SharedServer.pluginsDir();

    @Test
    void aReplacedJarIsUpgradedOrRefusedWithoutARestart() throws Exception {
        drop("hot-probe-1.0.0.jar", version("1.0.0", "one"));
        awaitListed(p -> "1.0.0".equals(p.get("version")) && "started".equals(p.get("state")));
        assertEquals("one, 0 notes", answer());

        // the usual upgrade: the new jar beside the old, then the old one removed
        drop("hot-probe-2.0.0.jar", version("2.0.0", "two").entry(MIGRATIONS + "V2__first_note.sql",
                "INSERT INTO hot_probe_note (id, text) VALUES (1, 'from 2.0.0')"));
        Files.delete(plugins.resolve("hot-probe-1.0.0.jar"));
        awaitListed(p -> "2.0.0".equals(p.get("version")) && "started".equals(p.get("state")));
        assertEquals("two, 1 notes", answer(), "the new code answers, on the table its new migration filled");
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM flyway_history_hot_probe WHERE version = '2'"
                + " AND success = 1"));
        assertTrue(server.output().contains("Plugin hot-probe 2.0.0 started from hot-probe-2.0.0.jar (was 1.0.0)"),
                server.output());

        // back to 1.0.0: its code does not know migration 2, which the database has
        drop("hot-probe-1.0.0.jar", version("1.0.0", "one"));
        String downgrade = "the database already has its migration(s) 2, which this version does not know (a "
                + "downgrade below the database's schema); version 2.0.0 keeps running";
        Map<String, Object> refused = awaitListed(p -> "refused".equals(p.get("state")));
        assertEquals("1.0.0", refused.get("version"));
        assertEquals(downgrade, refused.get("problem"));
        assertEquals(true, refused.get("enabled"), "the running version is enabled");
        assertEquals(1, occurrences("Plugin hot-probe refused: " + downgrade), "one log line");
        assertEquals("two, 1 notes", answer());
        Files.delete(plugins.resolve("hot-probe-1.0.0.jar"));
        awaitListed(p -> "2.0.0".equals(p.get("version")) && "started".equals(p.get("state")));

        // 3.0.0's migration fails: refused, 2.0.0 answers on (replaced in place, by a rename)
        drop("hot-probe-2.0.0.jar", version("3.0.0", "three").entry(MIGRATIONS + "V2__first_note.sql",
                "INSERT INTO hot_probe_note (id, text) VALUES (1, 'from 2.0.0')").entry(MIGRATIONS + "V3__broken.sql",
                "CREATE TABLE hot_probe_note (id INT)"));
        refused = awaitListed(p -> "refused".equals(p.get("state")));
        assertEquals("3.0.0", refused.get("version"));
        String problem = (String) refused.get("problem");
        assertTrue(problem.startsWith("its database migration failed: ") && problem.contains("hot_probe_note")
                && problem.endsWith("; version 2.0.0 keeps running"), problem);
        assertEquals(1, occurrences("Plugin hot-probe refused: " + problem), "one log line");
        assertEquals("two, 1 notes", answer());
    }

    /** Nothing of the probe stays for the suites after this one. */
    @AfterAll
    static void removeTheProbe() throws Exception {
        try (var jars = Files.newDirectoryStream(SharedServer.pluginsDir(), ID + "-*.jar")) {
            for (Path jar : jars) {
                Files.delete(jar);
            }
        }
        ClientApi api = SharedServer.get().clientApi();
        Instant deadline = Instant.now().plus(WAIT);
        while (listed(api).isPresent()) {
            assertTrue(Instant.now().isBefore(deadline), "the probe is still listed after its jar was removed");
            Thread.sleep(200);
        }
    }

    private String answer() {
        Map<String, Object> data = api.data("hot-probe.answer", Map.of());
        return data.get("answer") + ", " + ((Number) data.get("notes")).intValue() + " notes";
    }

    private static PluginJar version(String version, String answer) {
        return PluginJar.of(ID, version).requires("^1.0.0").description("Replaced while the server runs")
                .classes(Path.of(System.getProperty("oco.test.classes", "target/test-classes")),
                        "org/ocoj/dist/hotplugin/")
                .entry("hot-probe/answer.txt", answer)
                .entry(MIGRATIONS + "V1__note.sql", "CREATE TABLE hot_probe_note (id INT PRIMARY KEY, text VARCHAR(40))");
    }

    /** Writes the jar under a hidden name and renames it: the folder never shows a half-written jar. */
    private void drop(String fileName, PluginJar jar) throws Exception {
        Path hidden = jar.write(plugins.resolve("." + fileName + ".part"));
        Files.move(hidden, plugins.resolve(fileName), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private Map<String, Object> awaitListed(Predicate<Map<String, Object>> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            Optional<Map<String, Object>> probe = listed(api);
            if (probe.isPresent() && wanted.test(probe.get())) {
                return probe.get();
            }
            assertTrue(Instant.now().isBefore(deadline), () -> "oco.plugin.list: " + probe + "; server log:\n"
                    + server.output().lines().filter(line -> line.contains("lugin") || line.contains("xception"))
                    .collect(java.util.stream.Collectors.joining("\n")));
            Thread.sleep(200);
        }
    }

    private static Optional<Map<String, Object>> listed(ClientApi api) {
        List<Map<String, Object>> plugins = api.data("oco.plugin.list", Map.of());
        return plugins.stream().filter(p -> ID.equals(p.get("id"))).findFirst();
    }

    private int occurrences(String line) {
        String output = server.output();
        int count = 0;
        for (int at = output.indexOf(line); at >= 0; at = output.indexOf(line, at + 1)) {
            count++;
        }
        return count;
    }
}

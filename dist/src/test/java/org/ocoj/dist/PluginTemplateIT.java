package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/plugins.md "From nothing to a deployed plugin", as a newcomer follows it: install plugin-api and the plugin
 * test kit ({@code mvn install -pl plugin-api,plugin-testkit -am}), copy {@code examples/plugin-template}, build it
 * with plain {@code mvn package} (offline, against the local repository: the installed plugin-api and test kit, their
 * dependencies and Maven's own plugins; the template's tests run on the test kit, on H2), put the server plugin jar
 * into a server's plugins folder, start the server and call the plugin's client method (which reads its setting
 * through its own, scoped settings). Server plugins are loaded at start, so the server starts after the jar is in place.
 */
class PluginTemplateIT {

    private static final String API_KEY = "template-suite-api-key-0123456789abcdef";
    private static final String PASSWORD = "template-admin-password";

    @Test
    void theTemplateBuildsWithPlainMavenAndItsMethodAnswersInARunningServer() throws Exception {
        Path source = Path.of(System.getProperty("oco.source.root", ".."));
        String repo = System.getProperty("oco.maven.repo", System.getProperty("user.home") + "/.m2/repository");
        // may fetch maven-install-plugin once (a plain `mvn verify` never needed it); the template build is offline
        maven(source, repo, false, "install", "-pl", "plugin-api,plugin-testkit", "-am", "-DskipTests", "-Djapicmp.skip");
        Path project = Files.createTempDirectory("oco-plugin-template");
        copy(source.resolve("examples/plugin-template"), project);
        maven(project, repo, true, "package");
        Path jar = project.resolve("server-plugin/target/my-plugin-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar), "the server plugin jar was built");
        assertTrue(Files.isRegularFile(project.resolve("agent-collector/target/my-collector-1.0.0.jar")));
        assertTrue(Files.isRegularFile(project.resolve(
                "server-plugin/target/surefire-reports/TEST-com.example.myplugin.HelloMethodTest.xml")),
                "the template's own test ran on the plugin test kit");

        Path plugins = Files.createTempDirectory("oco-template-plugins");
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        try (TestDatabase database = TestDatabase.create("ocoj_tpl");
             ServerProcess server = ServerProcess.start(Map.of(
                     "OCO_DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + database.name, "OCO_DB_USER", "root",
                     "OCO_DB_PASSWORD", "", "OCO_ADMIN_PASSWORD", PASSWORD, "OCO_CLIENT_API_KEY", API_KEY,
                     "OCO_PLUGINS_DIR", plugins.toString())).awaitReady(Duration.ofSeconds(120))) {
            ClientApi api = new ClientApi(server.url(), "admin", PASSWORD, API_KEY);
            Map<String, Object> hello = api.data("my-plugin.hello", Map.of("name", "Ada"));
            assertEquals("Hello, Ada", hello.get("message"));
            assertEquals("my-plugin", hello.get("plugin"));

            api.data("oco.setting.set", Map.of("key", "my-plugin.greeting", "value", "Hi"));
            assertEquals("Hi, Ada", api.<Map<String, Object>>data("my-plugin.hello", Map.of("name", "Ada")).get("message"));
            assertTrue(server.output().contains("my-plugin 1.0.0"), "named in the start-up line: " + server.output());
        }
    }

    /** Runs Maven with the build's local repository (offline if asked); fails with its output. */
    private static void maven(Path dir, String repo, boolean offline, String... goals)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-Dmaven.repo.local=" + repo));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(goals));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = new HashMap<>(builder.environment());
        builder.environment().clear();
        env.forEach((key, value) -> {
            if (!key.startsWith("MAVEN_")) { // the outer build's settings are not the newcomer's
                builder.environment().put(key, value);
            }
        });
        Process maven = builder.start();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(maven.waitFor(10, TimeUnit.MINUTES), "mvn " + command + " timed out: " + output);
        assertEquals(0, maven.exitValue(), "mvn " + String.join(" ", goals) + " in " + dir + ":\n" + output);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.toString().contains("target")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}

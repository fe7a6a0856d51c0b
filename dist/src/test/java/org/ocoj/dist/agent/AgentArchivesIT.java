package org.ocoj.dist.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The Windows and macOS agent archives as {@code mvn package} leaves them in {@code dist/target}: what they
 * contain, and the macOS install script run into a throw-away prefix (the part of an install that does not need
 * a Mac), whose installed launcher then runs. The Windows service itself needs Windows and WinSW: not run here.
 */
class AgentArchivesIT {
    private static final Path TARGET = Path.of(System.getProperty("oco.agent.home")).getParent();

    @Test
    void windowsZipHasLauncherServiceInstallScriptAndWindowsCollectors() throws Exception {
        Path zip = archive("-windows.zip");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Set<String> names = archive.stream().map(ZipEntry::getName).collect(Collectors.toSet());
            for (String file : List.of("bin/oco-agent.cmd", "install.ps1", "oco-agent-service.xml", "oco-agent.ini.example")) {
                assertTrue(names.contains("oco-agent/" + file), zip + " lacks " + file + ": " + names);
            }
            assertHas(names, "oco-agent/lib/agent-", "oco-agent/lib/oshi-core-java11-", "oco-agent/lib/jna-jpms-",
                    "oco-agent/plugins/windows-inventory-", "oco-agent/plugins/windows-events-", "oco-agent/plugins/oshi-hardware-");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("oco-agent/plugins/linux-software-")), "no Linux-only collectors");

            String launcher = text(archive, "oco-agent/bin/oco-agent.cmd");
            assertTrue(launcher.contains("\r\n"), "the .cmd has Windows line ends");
            assertTrue(launcher.contains("org.ocoj.agent.cli.AgentCommand"), launcher);
            Document service = xml(text(archive, "oco-agent/oco-agent-service.xml"));
            assertEquals("oco-agent", service.getElementsByTagName("id").item(0).getTextContent());
            assertEquals("%BASE%\\bin\\oco-agent.cmd", service.getElementsByTagName("executable").item(0).getTextContent());
            assertEquals("--config \"%BASE%\\oco-agent.ini\"", service.getElementsByTagName("arguments").item(0).getTextContent());
            String ini = text(archive, "oco-agent/oco-agent.ini.example");
            assertTrue(ini.contains("api-url = SERVERURL") && ini.contains("agent-key = AGENTKEY"), ini);
        }
    }

    @Test
    void macOsInstallScriptInstallsLaunchdDaemonAndKeepsKeysOnUpgrade(@TempDir Path dir) throws Exception {
        Path tarball = archive("-macos.tar.gz");
        run(dir, "tar", "-xzf", tarball.toString(), "-C", dir.toString());
        Path unpacked = dir.resolve("oco-agent");
        assertTrue(Files.getPosixFilePermissions(unpacked.resolve("install.sh")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertHas(listed(unpacked.resolve("plugins")), "macos-inventory-", "oshi-hardware-", "linux-printers-", "network-interfaces-");

        Path prefix = dir.resolve("opt/oco-agent");
        Path launchd = dir.resolve("Library/LaunchDaemons");
        String url = "https://oco.example/api-agent.php?a=1&b=2";
        run(dir, unpacked.resolve("install.sh").toString(), "--prefix", prefix.toString(), "--launchd-dir",
                launchd.toString(), "--api-url", url, "--agent-key", "registrationkey123", "--no-start");

        String ini = Files.readString(prefix.resolve("oco-agent.ini"));
        assertTrue(ini.contains("api-url = " + url) && ini.contains("agent-key = registrationkey123"), ini);
        assertTrue(ini.contains("[macos]"), ini);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(prefix.resolve("oco-agent.ini")), "the ini holds the agent key");
        Document plist = xml(Files.readString(launchd.resolve("org.ocoj.oco-agent.plist")));
        List<String> strings = texts(plist, "string");
        assertEquals(List.of("org.ocoj.oco-agent", prefix + "/bin/oco-agent", "--config", prefix + "/oco-agent.ini",
                "/var/log/oco-agent.log", "/var/log/oco-agent.log"), strings);

        // an upgrade (install.sh again) replaces the program but keeps the ini with the computer's issued key
        Files.writeString(prefix.resolve("oco-agent.ini"), ini.replace("registrationkey123", "issuedkey456"));
        Files.writeString(prefix.resolve("lib/left-over-from-old-version.jar"), "");
        run(dir, unpacked.resolve("install.sh").toString(), "--prefix", prefix.toString(), "--launchd-dir",
                launchd.toString(), "--api-url", url, "--agent-key", "registrationkey123", "--no-start");
        assertTrue(Files.readString(prefix.resolve("oco-agent.ini")).contains("agent-key = issuedkey456"));
        assertFalse(Files.exists(prefix.resolve("lib/left-over-from-old-version.jar")), "old jars removed");

        // the installed launcher starts the agent from the prefix (here on Linux: only the OS-independent collectors apply)
        String inventory = run(dir, prefix.resolve("bin/oco-agent").toString(), "--print-inventory");
        assertTrue(inventory.contains("\"networks\""), inventory);

        // a runtime/ next to bin/ (what a release build adds) wins over JAVA_HOME
        Path java = prefix.resolve("runtime/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\ntouch \"" + dir.resolve("runtime-used") + "\"\nexec \""
                + Path.of(System.getProperty("java.home"), "bin", "java") + "\" \"$@\"\n");
        java.toFile().setExecutable(true);
        run(dir, prefix.resolve("bin/oco-agent").toString(), "--version");
        assertTrue(Files.exists(dir.resolve("runtime-used")), "the launcher ran runtime/bin/java");
    }

    /** target/oco-agent-&lt;version&gt;&lt;suffix&gt;, the one archive of that kind the build made. */
    private static Path archive(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().startsWith("oco-agent-")
                    && f.getFileName().toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), "oco-agent-*" + suffix + " in " + TARGET + ": " + found);
            return found.get(0);
        }
    }

    private static void assertHas(Set<String> names, String... prefixes) {
        for (String prefix : prefixes) {
            assertTrue(names.stream().anyMatch(name -> name.startsWith(prefix)), "no " + prefix + "* in " + names);
        }
    }

    private static Set<String> listed(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static String run(Path dir, String... command) throws Exception {
        Path log = Files.createTempFile(dir, "output", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        boolean ended = process.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(ended, String.join(" ", command) + " did not end within 2 minutes: " + output);
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
        return output;
    }

    private static String text(ZipFile archive, String name) throws IOException {
        return new String(archive.getInputStream(archive.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }
}

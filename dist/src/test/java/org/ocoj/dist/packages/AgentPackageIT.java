package org.ocoj.dist.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.TestAccess;

/**
 * The agent's .deb as an admin installs it, preseeded with the server URL and registration key: into a
 * throw-away root, then its launcher runs with an empty environment and no Java on PATH — on the runtime the
 * package brings — registers with the running server and its inventory appears in oco.computer.get. An upgrade
 * to the next release keeps the keys the agent learnt; remove keeps the configuration, purge removes it.
 */
@ExtendWith(SharedServer.class)
class AgentPackageIT {

    private final SharedServer.Running server = SharedServer.get();

    @TempDir
    Path tmp;

    @Test
    void preseededPackageRunsOnItsOwnRuntimeAndReportsToTheServer() throws Exception {
        Path deb = DebRoot.built("oco-agent");
        String contents = DebRoot.contents(deb, "/etc/oco-agent.ini");
        assertTrue(contents.contains("./opt/oco-agent/runtime/bin/java"), contents);
        assertTrue(contents.contains("./usr/lib/systemd/system/oco-agent.service"), contents);

        DebRoot root = DebRoot.create(tmp);
        String apiUrl = server.url().resolve("/api-agent.php").toString();
        Command install = root.dpkg(Map.of("OCO_AGENT_API_URL", apiUrl, "OCO_AGENT_KEY", SharedServer.REGISTRATION_KEY),
                "--install", deb.toString());
        assertEquals(0, install.exit(), install.output());
        Path ini = root.path("/etc/oco-agent.ini");
        String preseeded = Files.readString(ini);
        assertTrue(preseeded.contains("\napi-url = " + apiUrl + "\n"), preseeded);
        assertTrue(preseeded.contains("\nagent-key = " + SharedServer.REGISTRATION_KEY + "\n"), preseeded);
        assertEquals("rw-------", DebRoot.mode(ini));
        assertEquals("rwx------", DebRoot.mode(root.path("/var/lib/oco-agent")));
        assertTrue(Files.isSymbolicLink(root.path("/etc/systemd/system/multi-user.target.wants/oco-agent.service")));
        Command verify = root.verifyUnit("oco-agent.service", "/opt/oco-agent/");
        assertEquals(0, verify.exit(), verify.output());
        long runtimeBytes = size(root.path("/opt/oco-agent/runtime"));
        System.out.printf("oco-agent package: %.1f MiB .deb, runtime %.1f MiB installed, exposure %.1f%n",
                Files.size(deb) / 1048576.0, runtimeBytes / 1048576.0, root.exposure("oco-agent.service"));
        assertTrue(runtimeBytes < 60L << 20, "only the modules the agent needs: " + runtimeBytes);

        Path noJavaPath = toolsWithoutJava(tmp);
        assertFalse(Files.exists(noJavaPath.resolve("java")));
        Map<String, String> noJava = Map.of("PATH", noJavaPath.toString(),
                "OCO_AGENT_JAVA_OPTS", "-XshowSettings:properties");
        Command version = Command.run(noJava, root.path("/opt/oco-agent/bin/oco-agent").toString(), "--version");
        assertEquals(0, version.exit(), version.output());
        assertTrue(version.output().contains("java.home = " + root.path("/opt/oco-agent/runtime")), version.output());

        // inside the throw-away root, the state directory is the root's (the ini names the real system's)
        Files.writeString(ini, preseeded.replace("[agent]\n", "[agent]\ntimestamp-file = "
                + root.path("/var/lib/oco-agent/oco-agent.timestamp") + "\ndelivered-plugins-dir = "
                + root.path("/var/lib/oco-agent/plugins") + "\n"));
        String hostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim().split("\\.")[0];
        TestAccess.removeComputer(server, hostname); // the agent end-to-end suite registers this machine too
        TestAccess.setSelfRegistration(server, true);
        try {
            Command once = Command.run(Map.of("PATH", noJavaPath.toString()),
                    root.path("/opt/oco-agent/bin/oco-agent").toString(), "--config", ini.toString(), "--once");
            assertEquals(0, once.exit(), once.output());
            Map<String, Object> computer = TestAccess.computerByHostname(server, hostname);
            assertFalse(((List<?>) computer.get("recognised_software")).isEmpty(), "software reported: " + computer);
            assertFalse(((List<?>) computer.get("networks")).isEmpty(), "network interfaces reported");
        } finally {
            TestAccess.setSelfRegistration(server, false);
            TestAccess.removeComputer(server, hostname);
        }
        String registered = Files.readString(ini);
        assertFalse(registered.contains(SharedServer.REGISTRATION_KEY), "the issued key replaced it: " + registered);

        // N → N+1 (this .deb repacked with the next version), asking nothing (dpkg's input is /dev/null)
        Path next = DebRoot.nextRelease(deb, null, tmp);
        Command upgrade = root.dpkg("--install", next.toString());
        assertEquals(0, upgrade.exit(), upgrade.output());
        assertEquals(DebRoot.version(next) + " install ok installed", root.installed("oco-agent"));
        assertEquals(registered, Files.readString(ini), "an upgrade keeps the computer's keys");
        assertEquals("rw-------", DebRoot.mode(ini));
        assertFalse(Files.exists(root.path("/etc/oco-agent.ini.dpkg-dist")), "nothing to merge by hand");
        assertEquals(0, root.dpkg("--remove", "oco-agent").exit());
        assertEquals(registered, Files.readString(ini), "remove keeps the configuration");
        assertEquals(0, root.dpkg("--purge", "oco-agent").exit());
        assertFalse(Files.exists(ini), "purge removes the configuration");
        assertFalse(Files.exists(root.path("/var/lib/oco-agent")), "and the state");
    }

    /**
     * Upstream's habit: the URL and key preseeded with debconf-set-selections before the install. The postinst
     * runs under debconf (the root's own database: debconf honours DPKG_ROOT), asks nothing at the default
     * priority and writes both into /etc/oco-agent.ini; purge removes the answers from the database too.
     */
    @Test
    void debconfPreseedFillsTheIniWithoutAsking() throws Exception {
        Path deb = DebRoot.built("oco-agent");
        DebRoot root = DebRoot.create(tmp);
        String url = "https://oco.example.com/api-agent.php";
        String key = "Pre&seeded|key\\1"; // characters sed would otherwise take for its own
        Path selections = Files.writeString(tmp.resolve("preseed"), "oco-agent oco-agent/api-url string " + url
                + "\noco-agent oco-agent/agent-key password " + key + "\n");
        Command.run(root.debconf(), "debconf-set-selections", selections.toString()).ok();

        Command install = root.dpkg("--install", deb.toString());
        assertEquals(0, install.exit(), install.output());
        assertFalse(install.output().contains("URL of the OCO server"), "no question asked:\n" + install.output());
        String ini = Files.readString(root.path("/etc/oco-agent.ini"));
        assertTrue(ini.contains("\napi-url = " + url + "\n"), ini);
        assertTrue(ini.contains("\nagent-key = " + key + "\n"), ini);
        assertEquals("rw-------", DebRoot.mode(root.path("/etc/oco-agent.ini")));
        assertTrue(Command.run(root.debconf(), "debconf-show", "oco-agent").ok().contains("oco-agent/api-url: " + url));

        assertEquals(0, root.dpkg("--purge", "oco-agent").exit());
        assertFalse(Files.exists(root.path("/etc/oco-agent.ini")));
        assertEquals("", Command.run(root.debconf(), "debconf-show", "oco-agent").ok(), "purge forgets the answers");
    }

    /**
     * A PATH like systemd's (/usr/sbin, /usr/bin: the launcher's dirname and readlink, the collectors' dpkg-query,
     * journalctl, …) without java: every program of those folders but java, linked into a temporary one.
     */
    private static Path toolsWithoutJava(Path tmp) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "no-java");
        for (String system : new String[] {"/usr/sbin", "/usr/bin"}) {
            try (Stream<Path> programs = Files.list(Path.of(system))) {
                for (Path program : (Iterable<Path>) programs::iterator) {
                    Path link = dir.resolve(program.getFileName().toString());
                    if (!link.getFileName().toString().equals("java") && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, program);
                    }
                }
            }
        }
        return dir;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}

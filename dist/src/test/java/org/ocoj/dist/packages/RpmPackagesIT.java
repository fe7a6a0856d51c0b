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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .rpm packages: read with rpm's own tools ({@code rpm -qp}: files, configuration files, scripts,
 * dependencies), then installed with {@code rpm --root} into a throw-away root (RpmRoot), so %post, %preun and
 * %postun run as on a real system: the server's user, state directory and configuration, the server started from
 * the root, then upgraded to the next release ({@code rpm -U}) with its data and configuration kept; the agent's preseed from the
 * environment, its runtime, an upgrade that keeps its keys, and erasing both (the packages own their folders).
 */
class RpmPackagesIT {

    @TempDir
    Path tmp;

    @Test
    void serverRpmHoldsTheBundleTheUnitAndItsConfiguration() throws Exception {
        Path rpm = RpmRoot.built("oco-server");
        String files = Command.run("rpm", "-qlp", rpm.toString()).ok();
        for (String file : new String[] {"/opt/oco-server/bin/oco-server", "/opt/oco-server/app/ROOT.war",
                "/opt/oco-server/lib/mariadb/bin/mariadbd", "/usr/lib/systemd/system/oco-server.service",
                "/usr/lib/sysusers.d/oco-server.conf", "/usr/bin/oco-server", "/etc/oco-j/oco-server.conf"}) {
            assertTrue(files.lines().anyMatch(file::equals), file + " in:\n" + files);
        }
        assertTrue(files.lines().noneMatch(line -> line.equals("/etc") || line.equals("/usr/bin")),
                "no directories of the system claimed:\n" + files);
        assertEquals("/etc/oco-j/oco-server.conf\n", Command.run("rpm", "-qcp", rpm.toString()).ok());
        assertTrue(Command.run("rpm", "-qp", "--requires", rpm.toString()).ok().contains("jre-headless >= 1:17"));
        String scripts = Command.run("rpm", "-qp", "--scripts", rpm.toString()).ok();
        assertTrue(scripts.contains("/opt/oco-server/lib/package-setup"), scripts);
        assertTrue(scripts.contains("systemctl enable oco-server.service"), scripts);
    }

    @Test
    void serverRpmInstallsStartsAndUpgradesToTheNextReleaseWithItsData() throws Exception {
        Path rpm = RpmRoot.built("oco-server");
        RpmRoot root = RpmRoot.create(tmp);
        Command install = root.rpm(Map.of(), "--install", rpm.toString());
        assertEquals(0, install.exit(), install.output());

        String ids = DebRoot.ids(root.root, "oco-j");
        String group = ids.split(":")[1];
        Path state = root.path("/var/lib/oco-j");
        assertEquals("rwx------", DebRoot.mode(state));
        assertEquals(ids, DebRoot.owner(state));
        Path conf = root.path("/etc/oco-j/oco-server.conf");
        assertEquals("rw-r-----", DebRoot.mode(conf));
        assertEquals("0:" + group, DebRoot.owner(conf));
        assertEquals("rwxr-xr-x", DebRoot.mode(conf.getParent()));
        assertEquals(Path.of("../../../etc/oco-j/oco-server.conf"),
                Files.readSymbolicLink(root.path("/opt/oco-server/conf/oco-server.conf")));
        for (String program : List.of("/opt/oco-server/bin/oco-server", "/opt/oco-server/lib/mariadb/bin/mariadbd",
                "/opt/oco-server/lib/package-setup")) {
            assertEquals("rwxr-xr-x", DebRoot.mode(root.path(program)), program);
        }
        assertEquals("rw-r--r--", DebRoot.mode(root.path("/opt/oco-server/app/ROOT.war")));
        assertEquals(Path.of("/opt/oco-server/bin/oco-server"), Files.readSymbolicLink(root.path("/usr/bin/oco-server")));
        Path enabled = root.path("/etc/systemd/system/multi-user.target.wants/oco-server.service");
        assertTrue(Files.isSymbolicLink(enabled), "enabled at first install");

        // started as oco-j with an empty environment: it reads its configuration and keeps its data in the state dir
        String hostname = "rpm-upgrade-pc";
        InstalledServer.firstStart(root.root, ids, hostname);
        Path secrets = state.resolve("generated-secrets.txt");
        String generated = Files.readString(secrets);
        Map<Path, String> data = snapshot(state);
        // the admin changes the configuration and disables the service
        Files.writeString(conf, Files.readString(conf) + "# the admin's own line\n");
        Files.delete(enabled);

        // N → N+1 with rpm -U: %post of the new release, %preun/%postun of the old one with $1 = 1
        Path next = RpmRoot.nextRelease(rpm, "/opt/oco-server/lib/version", tmp);
        Command upgrade = root.rpm(Map.of(), "--upgrade", next.toString());
        assertEquals(0, upgrade.exit(), upgrade.output());
        String nextVersion = RpmRoot.query(next, "%{VERSION}");
        assertEquals(nextVersion + "-1", root.installed("oco-server"));
        assertEquals("OCO-J server " + nextVersion + "\n", Command.run(Map.of(),
                root.path("/opt/oco-server/bin/oco-server").toString(), "--version").ok(), "the new release's files");
        assertTrue(Files.readString(conf).contains("# the admin's own line"), "the changed configuration is kept");
        assertFalse(Files.exists(root.path("/etc/oco-j/oco-server.conf.rpmnew")), "nothing to merge by hand");
        assertEquals("rw-r-----", DebRoot.mode(conf));
        assertEquals("0:" + group, DebRoot.owner(conf));
        assertFalse(Files.exists(enabled, LinkOption.NOFOLLOW_LINKS), "an upgrade does not re-enable a disabled service");
        assertEquals("rwx------", DebRoot.mode(state));
        assertEquals(ids, DebRoot.owner(state));
        assertEquals(generated, Files.readString(secrets), "the generated secrets are kept");
        assertEquals(data, snapshot(state), "the database is untouched (a restart on it: ServerPackageIT)");

        // erase: the program goes with all its folders, the data directory and the user stay
        Command erase = root.rpm(Map.of(), "--erase", "oco-server");
        assertEquals(0, erase.exit(), erase.output());
        assertFalse(Files.exists(root.path("/opt/oco-server")), "no empty folders left");
        assertEquals("rwx------", DebRoot.mode(state));
        assertEquals(ids, DebRoot.owner(state));
        assertEquals(ids, DebRoot.ids(root.root, "oco-j"));
    }

    @Test
    void agentRpmInstallsPreseededRunsOnItsOwnRuntimeUpgradesWithItsKeysAndErasesItsState() throws Exception {
        Path rpm = RpmRoot.built("oco-agent");
        assertEquals("/etc/oco-agent.ini\n", Command.run("rpm", "-qcp", rpm.toString()).ok());
        RpmRoot root = RpmRoot.create(tmp);
        String url = "https://oco.example.com/api-agent.php";
        Command install = root.rpm(Map.of("OCO_AGENT_API_URL", url, "OCO_AGENT_KEY", "rpm-preseeded-key"),
                "--install", rpm.toString());
        assertEquals(0, install.exit(), install.output());

        Path ini = root.path("/etc/oco-agent.ini");
        String preseeded = Files.readString(ini);
        assertTrue(preseeded.contains("\napi-url = " + url + "\n"), preseeded);
        assertTrue(preseeded.contains("\nagent-key = rpm-preseeded-key\n"), preseeded);
        assertEquals("rw-------", DebRoot.mode(ini));
        Path state = root.path("/var/lib/oco-agent");
        assertEquals("rwx------", DebRoot.mode(state));
        assertEquals("rwxr-xr-x", DebRoot.mode(root.path("/opt/oco-agent/runtime/bin/java")));
        Path enabled = root.path("/etc/systemd/system/multi-user.target.wants/oco-agent.service");
        assertTrue(Files.isSymbolicLink(enabled));
        assertEquals(Path.of("/opt/oco-agent/bin/oco-agent"), Files.readSymbolicLink(root.path("/usr/bin/oco-agent")));
        Command version = Command.run(Map.of("OCO_AGENT_JAVA_OPTS", "-XshowSettings:properties"),
                root.path("/opt/oco-agent/bin/oco-agent").toString(), "--version");
        assertEquals(0, version.exit(), version.output());
        assertTrue(version.output().contains("java.home = " + root.path("/opt/oco-agent/runtime")), version.output());

        // the agent has registered (its own key in the ini) and keeps state
        String registered = preseeded.replace("agent-key = rpm-preseeded-key", "agent-key = issued-by-the-server");
        Files.writeString(ini, registered);
        Path timestamp = state.resolve("oco-agent.timestamp");
        Files.writeString(timestamp, "1");

        // N → N+1, preseeded with other values: the registered ini and the state are kept
        Path next = RpmRoot.nextRelease(rpm, null, tmp);
        Command upgrade = root.rpm(Map.of("OCO_AGENT_API_URL", "https://other.example/api-agent.php",
                "OCO_AGENT_KEY", "another-key"), "--upgrade", next.toString());
        assertEquals(0, upgrade.exit(), upgrade.output());
        assertEquals(RpmRoot.query(next, "%{VERSION}") + "-1", root.installed("oco-agent"));
        assertEquals(registered, Files.readString(ini), "the upgrade keeps the computer's keys");
        assertFalse(Files.exists(root.path("/etc/oco-agent.ini.rpmnew")), "nothing to merge by hand");
        assertEquals("rw-------", DebRoot.mode(ini));
        assertEquals("1", Files.readString(timestamp), "the old release's %postun keeps the state on upgrade");
        assertTrue(Files.isSymbolicLink(enabled), "still enabled");

        Command erase = root.rpm(Map.of(), "--erase", "oco-agent");
        assertEquals(0, erase.exit(), erase.output());
        assertFalse(Files.exists(root.path("/opt/oco-agent")), "no empty folders left");
        assertFalse(Files.exists(state), "%postun removes the state");
        assertFalse(Files.exists(enabled, LinkOption.NOFOLLOW_LINKS), "%preun disables the service");
        assertEquals(registered, Files.readString(root.path("/etc/oco-agent.ini.rpmsave")),
                "the changed configuration is kept as .rpmsave");
    }

    /**
     * Every file below {@code dir} with its size and modification time: equal snapshots mean nothing was deleted,
     * added or rewritten. The .deb test restarts the server after its upgrade; here one start is enough.
     */
    private static Map<Path, String> snapshot(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            Map<Path, String> snapshot = new TreeMap<>();
            for (Path file : (Iterable<Path>) files::iterator) {
                snapshot.put(dir.relativize(file), Files.size(file) + " " + Files.getLastModifiedTime(file));
            }
            return snapshot;
        }
    }
}

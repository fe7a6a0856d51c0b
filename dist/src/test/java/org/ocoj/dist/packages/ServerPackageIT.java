package org.ocoj.dist.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.dist.Json;
import org.ocoj.dist.ServerProcess;

/**
 * The server's .deb as an admin installs it: into a throw-away root, its maintainer scripts create the system
 * user, the state directory and enable the unit; the installed server, started as that user with an empty
 * environment, answers on its port with its data in /var/lib/oco-j; the next release (this .deb repacked with
 * the next version) upgrades it with data, generated secrets and the admin's configuration kept, asking nothing.
 */
class ServerPackageIT {

    @TempDir
    Path tmp;

    @Test
    void installsStartsAndUpgradesToTheNextReleaseWithItsData() throws Exception {
        Path deb = DebRoot.built("oco-server");
        String contents = DebRoot.contents(deb, "/etc/oco-j/oco-server.conf");
        assertTrue(contents.contains("./usr/lib/systemd/system/oco-server.service"), contents);

        DebRoot root = DebRoot.create(tmp);
        Command install = root.dpkg("--install", deb.toString());
        assertEquals(0, install.exit(), install.output());
        String ids = root.ids("oco-j");
        Path state = root.path("/var/lib/oco-j");
        assertEquals("rwx------", DebRoot.mode(state));
        assertEquals(ids, DebRoot.owner(state));
        Path conf = root.path("/etc/oco-j/oco-server.conf");
        assertEquals("rw-r-----", DebRoot.mode(conf));
        assertEquals(ids.split(":")[1], String.valueOf(Files.getAttribute(conf, "unix:gid")), "readable by group oco-j");
        Path enabled = root.path("/etc/systemd/system/multi-user.target.wants/oco-server.service");
        assertTrue(Files.isSymbolicLink(enabled), "enabled at first install");
        Command verify = root.verifyUnit("oco-server.service", "/opt/oco-server/");
        assertEquals(0, verify.exit(), verify.output());
        double exposure = root.exposure("oco-server.service");
        assertTrue(exposure < 2.5, "hardened unit: exposure " + exposure);

        String hostname = "pkg-upgrade-pc";
        Path secrets = state.resolve("generated-secrets.txt");
        InstalledServer.firstStart(root.root, ids, hostname);
        String generated = Files.readString(secrets);
        assertEquals("rw-------", DebRoot.mode(secrets));
        // the admin changes the configuration and disables the service (to start it by hand, say)
        Files.writeString(conf, Files.readString(conf) + "# the admin's own line\n");
        Files.delete(enabled);

        // N → N+1; dpkg's input is /dev/null, so a conffile or debconf question would fail the upgrade
        Path next = DebRoot.nextRelease(deb, "/opt/oco-server/lib/version", tmp);
        Command upgrade = root.dpkg("--install", next.toString());
        assertEquals(0, upgrade.exit(), upgrade.output());
        assertEquals(DebRoot.version(next) + " install ok installed", root.installed("oco-server"),
                "the new release's postinst configured it");
        assertEquals("OCO-J server " + DebRoot.version(next) + "\n", Command.run(Map.of(),
                root.path("/opt/oco-server/bin/oco-server").toString(), "--version").ok(), "the new release's files");
        assertTrue(Files.readString(conf).contains("# the admin's own line"), "the changed conffile is kept");
        assertFalse(Files.exists(root.path("/etc/oco-j/oco-server.conf.dpkg-dist")), "nothing to merge by hand");
        assertEquals("rw-r-----", DebRoot.mode(conf));
        assertFalse(Files.exists(enabled, LinkOption.NOFOLLOW_LINKS), "an upgrade does not re-enable a disabled service");
        assertEquals("rwx------", DebRoot.mode(state));
        assertEquals(ids, DebRoot.owner(state));
        assertEquals(generated, Files.readString(secrets), "the generated secrets are kept");
        try (ServerProcess server = InstalledServer.start(root.root, ids)) {
            // the admin password and client API key of before log in
            List<Map<String, Object>> computers = Json.at(InstalledServer.api(server).data("oco.computer.list", Map.of()), "computers");
            assertEquals(List.of(hostname), computers.stream().map(c -> c.get("hostname")).toList());
            server.stop(Duration.ofSeconds(60));
        }
    }
}

package org.ocoj.dist.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .rpm packages: read with rpm's own tools ({@code rpm -qp}: files, configuration files, scripts,
 * dependencies), then installed with {@code rpm --root} into a throw-away root that has the programs their
 * scriptlets call (rpm-root.sh), so %post, %preun and %postun run as on a real system: the server's user, state
 * directory and configuration, the agent's preseed from the environment, its runtime, and erasing both (the
 * packages own their folders: nothing is left in /opt).
 */
class RpmPackagesIT {

    @TempDir
    Path tmp;

    @Test
    void serverRpmHoldsTheBundleTheUnitAndItsConfiguration() throws Exception {
        Path rpm = built("oco-server");
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
    void serverRpmInstallsWithItsUserStateDirectoryAndConfiguration() throws Exception {
        Path root = rpmRoot();
        Command install = rpm(root, Map.of(), "--install", built("oco-server").toString());
        assertEquals(0, install.exit(), install.output());
        assertEquals(0, Command.run("rpm", "--root", root.toString(), "--query", "oco-server").exit());

        String[] ids = ids(root, "oco-j");
        Path state = root.resolve("var/lib/oco-j");
        assertEquals("rwx------", DebRoot.mode(state));
        assertEquals(ids[0] + ":" + ids[1], owner(state));
        Path conf = root.resolve("etc/oco-j/oco-server.conf");
        assertEquals("rw-r-----", DebRoot.mode(conf));
        assertEquals("0:" + ids[1], owner(conf));
        assertEquals("rwxr-xr-x", DebRoot.mode(conf.getParent()));
        // what the unit does: oco-j reads the configuration through the bundle's conf/ link
        Command read = Command.run("setpriv", "--reuid=" + ids[0], "--regid=" + ids[1], "--clear-groups",
                "cat", root.resolve("etc/oco-j/oco-server.conf").toString());
        assertEquals(0, read.exit(), "oco-j reads its configuration: " + read.output());
        assertEquals(Path.of("../../../etc/oco-j/oco-server.conf"),
                Files.readSymbolicLink(root.resolve("opt/oco-server/conf/oco-server.conf")));
        for (String program : List.of("opt/oco-server/bin/oco-server", "opt/oco-server/lib/mariadb/bin/mariadbd",
                "opt/oco-server/lib/package-setup")) {
            assertEquals("rwxr-xr-x", DebRoot.mode(root.resolve(program)), program);
        }
        assertEquals("rw-r--r--", DebRoot.mode(root.resolve("opt/oco-server/app/ROOT.war")));
        assertEquals(Path.of("/opt/oco-server/bin/oco-server"), Files.readSymbolicLink(root.resolve("usr/bin/oco-server")));
        assertTrue(Files.isSymbolicLink(root.resolve("etc/systemd/system/multi-user.target.wants/oco-server.service")),
                "enabled at first install");

        // erase: the program goes with all its folders, the data directory and the user stay
        Command erase = rpm(root, Map.of(), "--erase", "oco-server");
        assertEquals(0, erase.exit(), erase.output());
        assertFalse(Files.exists(root.resolve("opt/oco-server")), "no empty folders left");
        assertEquals("rwx------", DebRoot.mode(state));
        assertEquals(ids[0] + ":" + ids[1], owner(state));
    }

    @Test
    void agentRpmInstallsPreseededRunsOnItsOwnRuntimeAndErasesItsState() throws Exception {
        Path rpm = built("oco-agent");
        assertEquals("/etc/oco-agent.ini\n", Command.run("rpm", "-qcp", rpm.toString()).ok());
        Path root = rpmRoot();
        String url = "https://oco.example.com/api-agent.php";
        Command install = rpm(root, Map.of("OCO_AGENT_API_URL", url, "OCO_AGENT_KEY", "rpm-preseeded-key"),
                "--install", rpm.toString());
        assertEquals(0, install.exit(), install.output());

        Path ini = root.resolve("etc/oco-agent.ini");
        String preseeded = Files.readString(ini);
        assertTrue(preseeded.contains("\napi-url = " + url + "\n"), preseeded);
        assertTrue(preseeded.contains("\nagent-key = rpm-preseeded-key\n"), preseeded);
        assertEquals("rw-------", DebRoot.mode(ini));
        assertEquals("rwx------", DebRoot.mode(root.resolve("var/lib/oco-agent")));
        assertEquals("rwxr-xr-x", DebRoot.mode(root.resolve("opt/oco-agent/runtime/bin/java")));
        assertTrue(Files.isSymbolicLink(root.resolve("etc/systemd/system/multi-user.target.wants/oco-agent.service")));
        assertEquals(Path.of("/opt/oco-agent/bin/oco-agent"), Files.readSymbolicLink(root.resolve("usr/bin/oco-agent")));
        Command version = Command.run(Map.of("OCO_AGENT_JAVA_OPTS", "-XshowSettings:properties"),
                root.resolve("opt/oco-agent/bin/oco-agent").toString(), "--version");
        assertEquals(0, version.exit(), version.output());
        assertTrue(version.output().contains("java.home = " + root.resolve("opt/oco-agent/runtime")), version.output());

        // the agent has registered (its own key in the ini) and keeps state; then the package is erased
        String registered = preseeded.replace("agent-key = rpm-preseeded-key", "agent-key = issued-by-the-server");
        Files.writeString(ini, registered);
        Files.writeString(root.resolve("var/lib/oco-agent/oco-agent.timestamp"), "1");
        Command erase = rpm(root, Map.of(), "--erase", "oco-agent");
        assertEquals(0, erase.exit(), erase.output());
        assertFalse(Files.exists(root.resolve("opt/oco-agent")), "no empty folders left");
        assertFalse(Files.exists(root.resolve("var/lib/oco-agent")), "%postun removes the state");
        assertFalse(Files.exists(root.resolve("etc/systemd/system/multi-user.target.wants/oco-agent.service"),
                LinkOption.NOFOLLOW_LINKS), "%preun disables the service");
        assertEquals(registered, Files.readString(root.resolve("etc/oco-agent.ini.rpmsave")),
                "the changed configuration is kept as .rpmsave");
    }

    /** A throw-away root for {@code rpm --root} (rpm-root.sh), reachable by the packages' system users. */
    private Path rpmRoot() throws IOException, InterruptedException, URISyntaxException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path root = tmp.resolve("root");
        Path script = Path.of(RpmPackagesIT.class.getResource("/packages/rpm-root.sh").toURI());
        Command.run("sh", script.toString(), root.toString()).ok();
        return root;
    }

    /** {@code rpm --root=<root> --nodeps …}: the root has no rpm-packaged libc or Java to satisfy the dependencies. */
    private static Command rpm(Path root, Map<String, String> extraEnvironment, String... args)
            throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv("PATH")));
        env.putAll(extraEnvironment);
        String[] command = new String[args.length + 3];
        command[0] = "rpm";
        command[1] = "--root=" + root;
        command[2] = "--nodeps";
        System.arraycopy(args, 0, command, 3, args.length);
        return Command.run(env, command);
    }

    private static String[] ids(Path root, String user) throws IOException {
        return Files.readAllLines(root.resolve("etc/passwd")).stream().map(line -> line.split(":"))
                .filter(fields -> fields[0].equals(user)).map(fields -> new String[] {fields[2], fields[3]})
                .findFirst().orElseThrow(() -> new AssertionError("no user " + user + " in the root's passwd"));
    }

    private static String owner(Path file) throws IOException {
        return Files.getAttribute(file, "unix:uid") + ":" + Files.getAttribute(file, "unix:gid");
    }

    /** The newest dist/target/rpm/NAME-…/RPMS/x86_64/NAME-*.rpm, written by the "rpm" profile (where rpmbuild is). */
    private static Path built(String name) throws IOException {
        return DebRoot.newest(Path.of(System.getProperty("oco.packages", "target/packages")).resolveSibling("rpm"),
                name + "-[0-9].*\\.x86_64\\.rpm");
    }
}

package org.ocoj.dist.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The .rpm packages, read with rpm's own tools ({@code rpm -qp}, {@code rpm2cpio}): their files, configuration
 * files, scripts and dependencies; the agent's, unpacked, runs on the runtime it brings with an empty environment.
 */
class RpmPackagesIT {

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
    void agentRpmRunsOnItsOwnRuntime() throws Exception {
        Path rpm = built("oco-agent");
        assertEquals("/etc/oco-agent.ini\n", Command.run("rpm", "-qcp", rpm.toString()).ok());
        String files = Command.run("rpm", "-qlp", rpm.toString()).ok();
        assertTrue(files.contains("/opt/oco-agent/runtime/bin/java\n"), files);
        assertTrue(files.contains("/usr/lib/systemd/system/oco-agent.service\n"), files);

        Path root = Files.createTempDirectory("oco-rpm-root");
        Command.run(Map.of("PATH", System.getenv("PATH")), "sh", "-c",
                "cd '" + root + "' && rpm2cpio '" + rpm + "' | cpio -idm --quiet").ok();
        Command version = Command.run(Map.of("OCO_AGENT_JAVA_OPTS", "-XshowSettings:properties"),
                root.resolve("opt/oco-agent/bin/oco-agent").toString(), "--version");
        assertEquals(0, version.exit(), version.output());
        assertTrue(version.output().contains("java.home = " + root.resolve("opt/oco-agent/runtime")), version.output());
    }

    /** The newest dist/target/rpm/NAME-…/RPMS/x86_64/NAME-*.rpm, written by the "rpm" profile (where rpmbuild is). */
    private static Path built(String name) throws IOException {
        return DebRoot.newest(Path.of(System.getProperty("oco.packages", "target/packages")).resolveSibling("rpm"),
                name + "-[0-9].*\\.x86_64\\.rpm");
    }
}

package org.ocoj.dist.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.TestAccess;

/**
 * The OCO-J agent package ({@code dist/target/oco-agent/bin/oco-agent}) run {@code --once} against the real
 * server on MariaDB: it registers itself, sends this machine's real inventory, and the client API shows it.
 */
@ExtendWith(SharedServer.class)
class AgentEndToEndIT {

    private final SharedServer.Running server = SharedServer.get();

    @Test
    void agentRegistersAndReportsThisMachinesInventory() throws Exception {
        TestAccess.setSelfRegistration(server, true);
        try {
            Path dir = Files.createTempDirectory("oco-agent-it");
            Path ini = dir.resolve("oco-agent.ini");
            Files.writeString(ini, "[agent]\nquery-interval = 60\nagent-key = " + SharedServer.REGISTRATION_KEY
                    + "\ntimestamp-file = " + dir.resolve("oco-agent.timestamp") + "\n\n[server]\napi-url = "
                    + server.url().resolve("/api-agent.php") + "\nserver-key = \n");

            Process agent = new ProcessBuilder(agentHome().resolve("bin/oco-agent").toString(),
                    "--config", ini.toString(), "--once").redirectErrorStream(true).start();
            String output = new String(agent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(agent.waitFor(5, TimeUnit.MINUTES), output);
            assertEquals(0, agent.exitValue(), "oco-agent --once: " + output);

            String hostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim().split("\\.")[0];
            Map<String, Object> computer = TestAccess.computerByHostname(server, hostname);
            List<?> software = (List<?>) computer.get("recognised_software");
            assertEquals(installedPackages(), software.size(), "software count equals dpkg's");
            assertTrue(!((List<?>) computer.get("networks")).isEmpty(), "network interfaces reported");
            String ini2 = Files.readString(ini);
            assertTrue(ini2.matches("(?s).*agent-key = [0-9a-z]{30,}.*"), "issued agent key stored: " + ini2);
            assertTrue(!ini2.contains(SharedServer.REGISTRATION_KEY), "registration key replaced");
        } finally {
            TestAccess.setSelfRegistration(server, false);
        }
    }

    private static Path agentHome() {
        return Path.of(System.getProperty("oco.agent.home", "target/oco-agent"));
    }

    /** What dpkg says is installed: distinct (package, version) pairs. */
    private static int installedPackages() throws IOException, InterruptedException {
        Process dpkg = new ProcessBuilder("dpkg-query", "-W", "-f=${Package}\\t${Version}\\t${db:Status-Status}\\n")
                .start();
        Set<String> installed = new HashSet<>();
        for (String line : new String(dpkg.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length == 3 && fields[2].equals("installed")) {
                installed.add(fields[0] + "\t" + fields[1]);
            }
        }
        dpkg.waitFor();
        return installed.size();
    }
}

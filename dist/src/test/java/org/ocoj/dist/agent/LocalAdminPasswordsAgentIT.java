package org.ocoj.dist.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.TestAccess;

/**
 * The OCO-J agent ({@code bin/oco-agent --once}) rotates a real local account's password on this machine against the
 * real server: a throw-away user made with {@code useradd}, a rule for it on a group of this machine's computer; the
 * server keeps the password the agent sent, reveals it, and {@code /etc/shadow} accepts exactly that password — once
 * at the first check-in and again after "rotate now"; a rule for an account the machine lacks creates nothing and
 * leaves only a revoked password at the server. Needs root (useradd, chpasswd); CI runs as root.
 */
@ExtendWith(SharedServer.class)
class LocalAdminPasswordsAgentIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    @Test
    void theAgentRotatesALocalUsersPasswordAndTheSystemAcceptsWhatTheServerHolds() throws Exception {
        if (!run("id", "-u").strip().equals("0")) {
            fail("LocalAdminPasswordsAgentIT must run as root: it creates a local user with useradd and the agent "
                    + "sets its password with chpasswd (CI runs the tests as root)");
        }
        String user = "ocojlaps" + UUID.randomUUID().toString().substring(0, 6);
        String hostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim().split("\\.")[0];
        run("useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", user);
        TestAccess.removeComputer(server, hostname); // e.g. AgentEndToEndIT's, registered with another key
        long computer = id(api.data("oco.computer.create", Map.of("hostname", hostname)));
        long group = id(api.data("oco.computer_group.create", Map.of("name", "LAPS agent " + user)));
        String missing = "ocojnone" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> rules = new java.util.ArrayList<>();
        try {
            api.data("oco.computer.add_to_group", Map.of("computer_id", computer, "computer_group_id", group));
            rules.add(id(api.data("oco.password_rule.create", Map.of("computer_group_id", group, "username", user,
                    "length", 24, "valid_seconds", 3600, "history", 5))));
            // an account this machine does not have: the agent creates nothing and has the server discard it
            rules.add(id(api.data("oco.password_rule.create", Map.of("computer_group_id", group, "username", missing))));
            Path dir = Files.createTempDirectory("oco-agent-laps-it");
            Path ini = dir.resolve("oco-agent.ini");
            Files.writeString(ini, "[agent]\nagent-key = " + SharedServer.REGISTRATION_KEY + "\ntimestamp-file = "
                    + dir.resolve("oco-agent.timestamp") + "\ndelivered-plugins-dir = " + dir.resolve("plugins")
                    + "\n\n[server]\napi-url = " + server.url().resolve("/api-agent.php") + "\nserver-key = \n");

            String firstRun = runAgent(ini);
            String first = current(computer, user);
            assertEquals(24, first.length(), "the rule's length");
            assertTrue(shadowAccepts(user, first), "/etc/shadow holds the password the server revealed");
            assertTrue(firstRun.contains("could not change the password of local user '" + missing + "'"), firstRun);
            assertFalse(Files.readString(Path.of("/etc/passwd")).contains(missing), "no account created");
            List<Map<String, Object>> revealed = api.data("oco.computer.passwords", Map.of("id", computer,
                    "username", missing));
            assertEquals(List.of(), revealed, "the password that was never set is revoked");
            Map<String, Object> history = api.data("oco.computer.password_history", Map.of("id", computer));
            assertTrue(((List<?>) history.get("passwords")).stream().map(p -> (Map<?, ?>) p)
                    .anyMatch(p -> missing.equals(p.get("username")) && Boolean.TRUE.equals(p.get("revoked"))),
                    history.toString());

            api.data("oco.computer.rotate_passwords", Map.of("id", computer));
            String secondRun = runAgent(ini);
            String second = current(computer, user);
            assertNotEquals(first, second, "rotated again");
            assertTrue(shadowAccepts(user, second), "/etc/shadow holds the new password");
            assertFalse(shadowAccepts(user, first), "the old password no longer works");

            for (String output : List.of(firstRun, secondRun, server.output())) {
                assertFalse(output.contains(first) || output.contains(second), "no password in any output");
            }
            assertTrue(secondRun.contains("changed the password of local user '" + user + "'"), secondRun);
        } finally {
            rules.forEach(rule -> api.data("oco.password_rule.remove", Map.of("id", rule)));
            api.data("oco.computer.remove", Map.of("id", computer, "force", true));
            api.data("oco.computer_group.remove", Map.of("id", group));
            run("userdel", user);
        }
    }

    /** The account's current password as {@code oco.computer.passwords} reveals it. */
    private String current(long computer, String user) {
        List<Map<String, Object>> revealed = api.data("oco.computer.passwords", Map.of("id", computer, "username", user));
        assertEquals(1, revealed.size(), revealed.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) revealed.get(0).get("current");
        return (String) current.get("password");
    }

    /** libc's crypt (perl, which uses it) over the password on stdin, against the account's hash in /etc/shadow. */
    private static boolean shadowAccepts(String user, String password) throws IOException, InterruptedException {
        String hash = Files.readAllLines(Path.of("/etc/shadow")).stream().map(line -> line.split(":"))
                .filter(fields -> fields[0].equals(user)).findFirst().orElseThrow()[1];
        Process perl = new ProcessBuilder("perl", "-e",
                "my $p = <STDIN>; chomp $p; exit(crypt($p, $ARGV[0]) eq $ARGV[0] ? 0 : 1)", hash).start();
        try (OutputStream stdin = perl.getOutputStream()) {
            stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(perl.waitFor(30, TimeUnit.SECONDS));
        return perl.exitValue() == 0;
    }

    private static String runAgent(Path ini) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("oco.agent.home", "target/oco-agent"));
        Process agent = new ProcessBuilder(home.resolve("bin/oco-agent").toString(), "--config", ini.toString(), "--once")
                .redirectErrorStream(true).start();
        String output = new String(agent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(agent.waitFor(5, TimeUnit.MINUTES), output);
        assertEquals(0, agent.exitValue(), "oco-agent --once: " + output);
        return output;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
        return output;
    }

    private static long id(Object created) {
        return ((Number) ((Map<?, ?>) created).get("id")).longValue();
    }
}

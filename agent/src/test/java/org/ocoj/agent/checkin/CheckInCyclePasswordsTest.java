package org.ocoj.agent.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.laps.PasswordCommand;
import org.ocoj.agent.laps.PasswordCommands;
import org.ocoj.agent.protocol.ProtocolException;

/**
 * The agent's side of password rotation (SPEC 2.7) against the fake server, with a real local program standing in
 * for chpasswd: new passwords go to the server first, encrypted with the issued key; only after it took them does
 * the program run; a program that fails makes the agent revoke that password; nothing secret reaches the log.
 */
class CheckInCyclePasswordsTest {
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";

    @TempDir
    Path dir;
    private FakeOcoServer server;
    private final Logger agentLog = Logger.getLogger("org.ocoj.agent"); // held: loggers are weakly kept
    private final List<String> log = new ArrayList<>();
    private final Handler logHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new FakeOcoServer();
        agentLog.addHandler(logHandler);
    }

    @AfterEach
    void stop() {
        server.close();
        agentLog.removeHandler(logHandler);
    }

    /** A stand-in for chpasswd: writes what it reads to {@code file}; fails for the user {@code nobody-here}. */
    private PasswordCommands recordingTo(Path file) {
        return (username, password, old) -> new PasswordCommand(List.of("sh", "-c",
                "read -r line; case \"$line\" in nobody-here:*) echo \"chpasswd: line 1: unknown user, input $line\"; "
                        + "exit 1;; esac; printf '%s\\n' \"$line\" >> '" + file + "'"),
                username + ":" + password + "\n");
    }

    private void order(String... usernames) {
        server.customizeHello(params -> {
            ArrayNode orders = params.putArray("update-passwords");
            for (String username : usernames) {
                orders.addObject().put("username", username).put("alphabet", ALPHABET).put("length", 20);
            }
        });
    }

    @Test
    void sendsTheNewPasswordsFirstAndSetsThemOnlyAfterTheServerTookThem() throws Exception {
        Path applied = dir.resolve("applied");
        AgentUnderTest agent = new AgentUnderTest(dir, server.url(), Optional.of(recordingTo(applied)));
        agent.cycle.run(false); // registers: the issued key encrypts from now on
        order("localadmin", "helpdesk");

        agent.cycle.run(false);

        assertEquals(List.of("oco.agent.hello", "oco.agent.update", "oco.agent.hello", "oco.agent.passwords"),
                server.methods());
        JsonNode sent = server.requests().get(3).json().at("/params/data/passwords");
        assertEquals(2, sent.size());
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : sent) {
            assertFalse(entry.has("revoke"));
            String password = decrypt(entry.get("password"));
            assertEquals(20, password.length());
            assertTrue(password.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0), password);
            lines.add(entry.get("username").asText() + ":" + password);
            assertTrue(log.stream().noneMatch(line -> line.contains(password)), "no password in the log: " + log);
        }
        assertEquals(lines, Files.readAllLines(applied), "the local program got exactly what the server holds");
        assertTrue(log.contains("changed the password of local user 'localadmin'"), log.toString());
    }

    @Test
    void aPasswordThatCannotBeSetIsRevokedAtTheServerAndLoggedWithoutIt() throws Exception {
        Path applied = dir.resolve("applied");
        AgentUnderTest agent = new AgentUnderTest(dir, server.url(), Optional.of(recordingTo(applied)));
        agent.cycle.run(false);
        order("nobody-here", "localadmin");

        agent.cycle.run(false);

        assertEquals(List.of("oco.agent.passwords", "oco.agent.passwords"), server.methods().subList(3, 5));
        JsonNode first = server.requests().get(3).json().at("/params/data/passwords/0");
        JsonNode revoke = server.requests().get(4).json().at("/params/data/passwords");
        assertEquals(1, revoke.size(), "only the account that failed");
        assertEquals("nobody-here", revoke.get(0).get("username").asText());
        assertTrue(revoke.get(0).get("revoke").asBoolean());
        String password = decrypt(first.get("password"));
        assertEquals(password, decrypt(revoke.get(0).get("password")), "the same password, revoked");
        assertEquals(1, Files.readAllLines(applied).size(), "localadmin still rotated");
        String failure = log.stream().filter(line -> line.contains("'nobody-here'") && line.contains("could not"))
                .findFirst().orElseThrow(() -> new AssertionError(log.toString()));
        assertTrue(failure.contains("exited with code 1: chpasswd: line 1: unknown user, input nobody-here:[password]"),
                failure);
        assertTrue(log.stream().noneMatch(line -> line.contains(password)), log.toString());
    }

    @Test
    void nothingIsSetWhenTheServerDidNotTakeThePasswords() throws Exception {
        Path applied = dir.resolve("applied");
        AgentUnderTest agent = new AgentUnderTest(dir, server.url(), Optional.of(recordingTo(applied)));
        agent.cycle.run(false);
        order("localadmin");
        server.queue(FakeOcoServer.Fault.NONE, FakeOcoServer.Fault.HTTP_500);

        ProtocolException e = assertThrows(ProtocolException.class, () -> agent.cycle.run(false));

        assertTrue(e.getMessage().startsWith("oco.agent.passwords: server answered HTTP 500"), e.getMessage());
        assertFalse(Files.exists(applied), "no local change");
    }

    @Test
    void refusesOrdersThatWouldInjectIntoTheToolAndSendsOnlyTheOthers() throws Exception {
        Path applied = dir.resolve("applied");
        AgentUnderTest agent = new AgentUnderTest(dir, server.url(), Optional.of(recordingTo(applied)));
        agent.cycle.run(false);
        server.customizeHello(params -> {
            ArrayNode orders = params.putArray("update-passwords");
            orders.addObject().put("username", "root\nother").put("alphabet", ALPHABET).put("length", 12);
            orders.addObject().put("username", "a:b").put("alphabet", ALPHABET).put("length", 12);
            orders.addObject().put("username", "localadmin").put("alphabet", "ab\ncd").put("length", 12);
            orders.addObject().put("username", "localadmin").put("alphabet", ALPHABET).put("length", 0);
            ObjectNode good = orders.addObject().put("username", "localadmin").put("alphabet", ALPHABET);
            good.put("length", 12);
        });

        agent.cycle.run(false);

        JsonNode sent = server.requests().get(3).json().at("/params/data/passwords");
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(1, Files.readAllLines(applied).size());
        assertEquals(4, log.stream().filter(line -> line.contains("refused")).count(), log.toString());
    }

    @Test
    void withoutAWayToSetPasswordsTheAgentAnswersWithNone() throws Exception {
        AgentUnderTest agent = new AgentUnderTest(dir, server.url(), Optional.empty());
        agent.cycle.run(false);
        order("localadmin");

        agent.cycle.run(false);

        assertEquals(0, server.requests().get(3).json().at("/params/data/passwords").size());
        assertTrue(log.stream().anyMatch(line -> line.contains("cannot change local passwords")), log.toString());
    }

    /** The server's side of SPEC 2.7 with the key the fake server issued. */
    private static String decrypt(JsonNode password) throws Exception {
        byte[] key = Arrays.copyOf(FakeOcoServer.ISSUED_AGENT_KEY.getBytes(StandardCharsets.UTF_8), 32);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new IvParameterSpec(Base64.getDecoder().decode(password.get("iv").asText())));
        return new String(cipher.doFinal(Base64.getDecoder().decode(password.get("data").asText())),
                StandardCharsets.UTF_8);
    }
}

package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.plugins.wol.TestKeys;

/**
 * Switching from upstream OCO (docs/migrating-from-oco.md): {@code oco.import.oco} reads a database in upstream's
 * schema, and the upstream agents then check in with the keys they have — no re-registration.
 */
@ExtendWith(SharedServer.class)
class OcoImportIT {

    private static final String EVENT_QUERY = "<QueryList><Query Id=\"0\" Path=\"System\"><Select Path=\"System\">"
            + "*[System[(EventID=1131)]]</Select></Query></QueryList>";

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    @AfterEach
    void restoreUpdateInterval() {
        api.data("oco.setting.set", Map.of("key", "agent.update-interval", "value", "7200"));
        api.data("oco.setting.set", Map.of("key", "computer.offline-seconds", "value", "125"));
        api.data("oco.setting.set", Map.of("key", "computer.login-retention-days", "value", "0"));
    }

    private Map<String, Object> importFrom(UpstreamOcoDatabase upstream, boolean dryRun) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("url", upstream.url());
        data.put("user", "root");
        data.put("password", "");
        data.put("dry_run", dryRun);
        return api.data("oco.import.oco", data);
    }

    private static int count(Map<String, Object> summary, String kind, String outcome) {
        Map<String, Object> counts = Json.at(summary, "counts", kind);
        return ((Number) counts.get(outcome)).intValue();
    }

    private static int total(Map<String, Object> summary, String outcome) {
        Map<String, Map<String, Object>> counts = Json.at(summary, "counts");
        return counts.values().stream().mapToInt(c -> ((Number) c.get(outcome)).intValue()).sum();
    }

    private long ocojComputers(String... hostnames) {
        return server.database.count("SELECT COUNT(*) FROM computer WHERE hostname IN (?, ?, ?)", (Object[]) hostnames);
    }

    @Test
    void upstreamAgentsKeepTheirKeysAndReRunsChangeNothing(@TempDir Path dir) throws Exception {
        TestKeys satelliteKey = TestKeys.create(dir, "id_wol", Optional.empty());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String reporting = "up-" + suffix;
        String preRegistered = "up-pre-" + suffix;
        String quiet = "up-quiet-" + suffix;
        String agentKey = UpstreamOcoDatabase.randomKey();
        String serverKey = UpstreamOcoDatabase.randomKey();
        try (UpstreamOcoDatabase upstream = new UpstreamOcoDatabase()) {
            long c1 = upstream.addComputer(reporting, agentKey, serverKey, UpstreamOcoDatabase.secondsAgo(600),
                    UpstreamOcoDatabase.utcSecondsAgo(3600));
            long c2 = upstream.addComputer(preRegistered, "", "", java.math.BigDecimal.ZERO, null);
            long c3 = upstream.addComputer(quiet, UpstreamOcoDatabase.randomKey(), UpstreamOcoDatabase.randomKey(),
                    UpstreamOcoDatabase.secondsAgo(900), UpstreamOcoDatabase.utcSecondsAgo(7200));
            // upstream's rotated passwords (plain text there): two of the quiet one's history, one of a computer
            // that has no key to encrypt with
            for (Object[] row : List.of(new Object[] {c3, "Quiet-Old-1", 90_000}, new Object[] {c3, "Quiet-New-2", 3600},
                    new Object[] {c2, "Pre-Never-3", 600})) {
                upstream.database.update("INSERT INTO computer_password (computer_id, username, password, created) "
                        + "VALUES (?, 'localadmin', ?, ?)", row[0], row[1], UpstreamOcoDatabase.utcSecondsAgo((int) row[2]));
            }
            long site = upstream.addGroup(null, "Site " + suffix);
            long floor = upstream.addGroup(site, "Floor 1");
            upstream.addMember(c1, floor);
            upstream.addMember(c2, site);
            upstream.addMember(c3, floor);
            upstream.database.update("INSERT INTO event_query_rule (log, query) VALUES ('System', ?)", EVENT_QUERY);
            upstream.database.update("INSERT INTO password_rotation_rule (computer_group_id, username, alphabet, `length`, "
                    + "valid_seconds, history) VALUES (?, 'localadmin', 'abcdefghijkmnpqrstuvwxyz23456789', 14, 86400, 3)",
                    floor);
            upstream.database.update("INSERT INTO report (id, name, notes, query) VALUES (1000, 'Old PCs', '', "
                    + "'SELECT id AS computer_id FROM computer WHERE os_version < 10')");
            upstream.setting("agent-update-interval", "3600");
            upstream.setting("agent-registration-key", "upstream-registration-key-0123456789");
            upstream.setting("computer-offline-seconds", "300");
            upstream.setting("purge-logs-after", "100");
            upstream.setting("purge-domain-user-logons-after", String.valueOf(60 * 60 * 24 * 365));
            upstream.setting("wol-satellites", "[{\"address\":\"192.0.2.50\",\"port\":22,\"username\":\"wol\","
                    + "\"privkey\":\"/nonexistent/oco-import-it/id_rsa\"},{\"address\":\"192.0.2.51\",\"port\":\"2222\","
                    + "\"username\":\"wol-" + suffix + "\",\"privkey\":\"" + satelliteKey.privateKey() + "\",\"COMMAND\":\"etherwake\"}]");

            Map<String, Object> dry = importFrom(upstream, true);
            assertEquals(true, dry.get("dry_run"));
            assertEquals(3, count(dry, "computers", "created"), dry.toString());
            assertEquals(0, ocojComputers(reporting, preRegistered, quiet), "a dry run writes nothing");
            assertEquals(0L, server.database.count("SELECT COUNT(*) FROM computer_group WHERE name = ?", "Site " + suffix));
            assertEquals(1, count(dry, "password_rules", "created"), dry.toString());
            assertEquals(2, count(dry, "computer_passwords", "created"), dry.toString());
            assertEquals(1, count(dry, "computer_passwords", "skipped"), dry.toString());

            Map<String, Object> first = importFrom(upstream, false);
            assertEquals(3, count(first, "computers", "created"), first.toString());
            assertEquals(2, count(first, "computer_groups", "created"));
            assertEquals(3, count(first, "group_memberships", "created"));
            assertEquals(1, count(first, "password_rules", "created"), first.toString());
            assertEquals(2, count(first, "computer_passwords", "created"), first.toString());
            assertEquals(1, count(first, "computer_passwords", "skipped"), first.toString());
            assertFalse(first.toString().contains("-Old-") || first.toString().contains("-New-")
                    || first.toString().contains("Pre-Never"), "no password in the answer");
            assertEquals(3, count(first, "settings", "updated"),
                    "agent-update-interval, computer-offline-seconds, purge-domain-user-logons-after");
            assertEquals(1, count(first, "settings", "skipped"), "the registration key is fixed by the environment");
            List<String> attention = Json.at(first, "attention");
            assertEquals(1, count(first, "wol_satellites", "skipped"), "its key file is not on this server");
            assertEquals(1, count(first, "wol_satellites", "created"), first.toString());
            Map<String, Object> satellite = satellite("wol-" + suffix).orElseThrow();
            assertEquals(2222, ((Number) satellite.get("port")).intValue());
            assertEquals("etherwake", satellite.get("command"));
            assertEquals(null, satellite.get("host_key"), "used only once an admin confirmed its host key");
            assertTrue(attention.stream().anyMatch(a -> a.contains("wol-" + suffix) && a.contains("host key")));
            assertEquals("3600", settingValue("agent.update-interval"));
            assertEquals("300", settingValue("computer.offline-seconds"));
            assertEquals("365", settingValue("computer.login-retention-days"), "upstream's seconds as days");
            Map<String, Object> summary = api.data("oco.computer.summary", Map.of());
            assertEquals(300, ((Number) summary.get("online_window_seconds")).intValue());
            assertTrue(attention.stream().anyMatch(a -> a.contains("Report 1000") && a.contains("Old PCs")), first.toString());
            assertTrue(attention.stream().anyMatch(a -> a.contains("agent.registration-key")), first.toString());
            assertTrue(attention.stream().noneMatch(a -> a.contains("upstream-registration-key")), "no secret in answers");
            assertTrue(first.toString().contains("purge-logs-after"), "settings without equivalent are named");
            assertEquals(3, ocojComputers(reporting, preRegistered, quiet));
            assertEquals(agentKey, server.database.string("SELECT agent_key FROM computer WHERE hostname = ?", reporting));
            assertEquals(4L, server.database.count("SELECT COUNT(*) FROM computer_network n JOIN computer c "
                    + "ON c.id = n.computer_id WHERE c.hostname = ?", reporting), "inventory taken over");
            assertEquals(20L, server.database.count("SELECT COUNT(*) FROM computer_software s JOIN computer c "
                    + "ON c.id = s.computer_id WHERE c.hostname = ?", reporting));
            assertEquals("Debian GNU/Linux", server.database.string("SELECT os FROM computer WHERE hostname = ?", reporting));
            assertEquals(1L, server.database.count("SELECT COUNT(*) FROM computer_group_member m JOIN computer_group g "
                    + "ON g.id = m.computer_group_id JOIN computer_group p ON p.id = g.parent_computer_group_id "
                    + "JOIN computer c ON c.id = m.computer_id WHERE c.hostname = ? AND g.name = 'Floor 1' "
                    + "AND p.name = ?", reporting, "Site " + suffix), "nesting kept");
            List<Map<String, Object>> rules = api.data("oco.event_rule.list", Map.of());
            assertTrue(rules.stream().anyMatch(r -> EVENT_QUERY.equals(r.get("query"))));
            assertTrue(attention.stream().anyMatch(a -> a.contains("(localadmin) not imported: its computer has no "
                    + "agent key")), first.toString());

            // upstream's passwords with their history, encrypted with the computer's key and revealed as any other
            long quietId = server.database.count("SELECT id FROM computer WHERE hostname = ?", quiet);
            List<Map<String, Object>> revealed = api.data("oco.computer.passwords", Map.of("id", quietId));
            assertEquals("Quiet-New-2", Json.<String>at(revealed.get(0), "current", "password"));
            List<Map<String, Object>> older = Json.at(revealed.get(0), "previous");
            assertEquals(List.of("Quiet-Old-1"), older.stream().map(p -> p.get("password")).toList());
            assertEquals(0L, server.database.count("SELECT COUNT(*) FROM computer_password WHERE secret LIKE '%Quiet%'"),
                    "stored encrypted");

            // a request upstream already accepted (older than its last agent timestamp) stays a replay
            AgentClient replayed = new AgentClient(server.url(), reporting, agentKey);
            replayed.setClock(-1_200_000);
            assertNotEquals(200, replayed.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());

            // the unmodified agent signs with its upstream key and checks the answer with its upstream server key
            AgentClient agent = new AgentClient(server.url(), reporting, agentKey);
            agent.serverKey = serverKey;
            AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
            assertEquals(200, hello.status(), hello.body());
            assertEquals(agentKey, agent.agentKey, "no re-registration: the agent keeps its key");
            AgentClient.Reply update = agent.call("oco.agent.update", Captures.data("oco-agent-update.json"));
            assertEquals(200, update.status(), update.body());
            // the imported rule of its group orders a rotation; the new password is encrypted with the upstream key
            assertEquals(List.of(Map.of("username", "localadmin", "alphabet", "abcdefghijkmnpqrstuvwxyz23456789",
                    "length", 14)), hello.params().get("update-passwords"), hello.body());
            AgentClient.Reply rotated = agent.call("oco.agent.passwords", Map.of("passwords", List.of(Map.of(
                    "username", "localadmin", "password", PasswordCrypto.encrypt(agentKey, "kq2mzx7pwv3rtn")))));
            assertEquals(200, rotated.status(), rotated.body());
            assertNull(agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).params()
                    .get("update-passwords"), "rotated: no order until the rule's 86400 s have passed");

            // a computer upstream knew only by name registers with the registration key, as it would have upstream
            AgentClient fresh = server.agent(preRegistered);
            AgentClient.Reply freshHello = fresh.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
            assertEquals(200, freshHello.status(), freshHello.body());
            assertNotNull(freshHello.params().get("agent-key"));

            Map<String, Object> second = importFrom(upstream, false);
            assertEquals(0, total(second, "created"), second.toString());
            assertEquals(0, total(second, "updated"), second.toString());
            assertEquals(3, count(second, "computers", "unchanged"));
            assertEquals(1, count(second, "password_rules", "unchanged"), second.toString());
            assertEquals(2, count(second, "computer_passwords", "unchanged"), second.toString());
            assertEquals(agent.agentKey, server.database.string("SELECT agent_key FROM computer WHERE hostname = ?",
                    reporting));

            upstream.database.update("UPDATE computer SET notes = 'moved to room 2' WHERE id = ?", c3);
            Map<String, Object> third = importFrom(upstream, false);
            assertEquals(1, count(third, "computers", "updated"), third.toString());
            assertEquals(0, total(third, "created"));
            assertEquals("moved to room 2", server.database.string("SELECT notes FROM computer WHERE hostname = ?", quiet));
        } finally {
            // shared server: what other suites see stays as it was (rules go to every agent, satellites to every wake)
            satellite("wol-" + suffix).ifPresent(s -> api.data("oco.wol_satellite.remove", Map.of("id", s.get("id"))));
            List<Map<String, Object>> passwordRules = api.data("oco.password_rule.list", Map.of());
            passwordRules.stream().filter(r -> "abcdefghijkmnpqrstuvwxyz23456789".equals(r.get("alphabet")))
                    .forEach(r -> api.data("oco.password_rule.remove", Map.of("id", r.get("id"))));
            List<Map<String, Object>> rules = api.data("oco.event_rule.list", Map.of());
            rules.stream().filter(r -> EVENT_QUERY.equals(r.get("query")))
                    .forEach(r -> api.data("oco.event_rule.remove", Map.of("id", r.get("id"))));
        }
    }

    private Optional<Map<String, Object>> satellite(String username) {
        List<Map<String, Object>> satellites = api.data("oco.wol_satellite.list", Map.of());
        return satellites.stream().filter(s -> username.equals(s.get("username"))).findFirst();
    }

    private String settingValue(String key) {
        List<Map<String, Object>> settings = api.data("oco.setting.list", Map.of());
        return settings.stream().filter(s -> key.equals(s.get("key"))).map(s -> String.valueOf(s.get("value")))
                .findFirst().orElseThrow();
    }

    @Test
    void anUnsupportedSchemaIsRefusedInWordsAndNothingIsWritten() {
        try (UpstreamOcoDatabase upstream = new UpstreamOcoDatabase()) {
            upstream.database.update("ALTER TABLE computer DROP COLUMN agent_key");
            upstream.addGroup(null, "never-imported-" + UUID.randomUUID());
            ClientApi.Reply reply = api.call("oco.import.oco", Map.of("url", upstream.url(), "user", "root", "password", ""));
            assertTrue(reply.json().containsKey("error"), reply.body());
            assertTrue(reply.errorMessage().contains("missing computer.agent_key"), reply.body());
            assertEquals(0L, server.database.count("SELECT COUNT(*) FROM computer_group WHERE name LIKE 'never-imported-%'"));
        }
    }

    @Test
    void aUrlWithDriverOptionsOrAnotherDatabaseIsRefused() {
        for (String url : List.of("jdbc:h2:mem:x", "jdbc:mysql://127.0.0.1:3306/oco?allowLoadLocalInfile=true")) {
            ClientApi.Reply reply = api.call("oco.import.oco", Map.of("url", url));
            assertTrue(reply.json().containsKey("error"), reply.body());
            assertTrue(reply.errorMessage().contains("jdbc:mariadb://host:3306/oco"), reply.body());
        }
    }
}

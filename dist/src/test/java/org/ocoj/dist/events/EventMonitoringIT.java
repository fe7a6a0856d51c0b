package org.ocoj.dist.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.events.EventJson;
import org.ocoj.agentplugins.journald.JournaldEventSource;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.SharedServer;

/**
 * Event monitoring end to end through HTTP: rules created with the client API reach agents in hello with a
 * per-rule "since", the journald event source (fed by a journalctl stand-in printing real-format output)
 * produces the events an agent posts, the client API lists exactly those, bad batches store nothing, and
 * the retention job purges old events.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventMonitoringIT {

    static final String DEFENDER_LOG = "Microsoft-Windows-Windows Defender/Operational";
    static final String DEFENDER_QUERY =
            "<QueryList><Query><Select>*[System[(Level=1 or Level=2 or Level=3)]]</Select></Query></QueryList>";
    static final String SYSTEM_QUERY = "<QueryList><Query Id=\"0\" Path=\"System\"><Select Path=\"System\">"
            + "*[System[(EventID=1130)]]</Select></Query></QueryList>";
    static final String JOURNAL_QUERY = "{\"unit\":\"udisks2.service\", \"priority\":\"0,1,2,3,4,5\", \"grep\":\"mounted\"}";
    static final String EPOCH = "1970-01-01 00:00:00";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    // set in @BeforeAll: with one instance per class the instance exists before SharedServer has started
    private SharedServer.Running server;
    private ClientApi api;
    private final List<Long> ruleIds = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    void createTheSeedRules() {
        server = SharedServer.get();
        api = server.clientApi();
        // the journal fixture has fixed dates: keep the retention job away from them except where tested
        setRetentionDays("36500");
        ruleIds.add(createRule(DEFENDER_LOG, DEFENDER_QUERY));
        ruleIds.add(createRule("System", SYSTEM_QUERY));
        ruleIds.add(createRule("journalctl", JOURNAL_QUERY));
    }

    @AfterAll
    void removeTheRules() {
        // other suites count the statements of a hello: leave no rules behind
        ruleIds.forEach(id -> api.data("oco.event_rule.remove", Map.of("id", id)));
        setRetentionDays("30");
    }

    @Test
    void journalEventsFromTheRuleInHelloAreStoredOnceAndListed() throws Exception {
        AgentClient agent = registeredAgent();
        Map<String, Map<String, Object>> rules = awaitRulesInHello(agent);
        assertEquals(EPOCH, rules.get("journalctl").get("since"));
        assertEquals(EPOCH, rules.get("System").get("since"));
        assertEquals(DEFENDER_QUERY, rules.get(DEFENDER_LOG).get("query"), "the seed query reaches the agent verbatim");

        List<EventRecord> records = journalSource().read(new EventQuery("journalctl",
                (String) rules.get("journalctl").get("query"), LocalDateTime.parse(EPOCH, TIME), 10_001));
        List<Map<String, Object>> wire = records.stream().map(EventJson::toWire).toList();
        assertEquals(200, agent.call("oco.agent.events", Map.of("events", wire)).status());
        assertEquals(200, agent.call("oco.agent.events", Map.of("events", wire)).status(), "a resent batch is accepted");

        Map<String, Object> page = api.data("oco.event.list", Map.of("computer_id", computerId(agent)));
        assertEquals(2, ((Number) page.get("total")).intValue(), "exactly the two grep matches, stored once: " + page);
        List<Map<String, Object>> events = events(page);
        assertTrue(((Map<?, ?>) events.get(1).get("data")).get("message").toString().startsWith("Unmounted /dev/sdb1"));
        assertEquals("udisks2.service", events.get(0).get("log"));
        assertEquals("udisksd", events.get(0).get("provider"));
        assertEquals(3, ((Number) events.get(0).get("level")).intValue());
        assertEquals(3, ((Number) events.get(0).get("event_id")).intValue());

        Map<String, Map<String, Object>> after = awaitRulesInHello(agent);
        assertEquals(wire.get(wire.size() - 1).get("timestamp"), after.get("journalctl").get("since"),
                "the journal rule continues after its newest event");
        assertEquals(EPOCH, after.get("System").get("since"), "other rules keep their own since");
    }

    @Test
    void listFiltersByLevelLogAndTimeAndPages() {
        AgentClient agent = registeredAgent();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(event("System", 1130, i % 2 == 0 ? 2 : "4", "2026-11-20 10:00:0" + i, Map.of("n", String.valueOf(i))));
        }
        batch.add(event(DEFENDER_LOG, "1116", 3, "2026-11-20 11:00:00", Map.of("Threat Name", "EICAR")));
        assertEquals(200, agent.call("oco.agent.events", Map.of("events", batch)).status());
        long id = computerId(agent);

        assertEquals(3, total(Map.of("computer_id", id, "level", 2)));
        assertEquals(1, total(Map.of("computer_id", id, "log", DEFENDER_LOG)));
        assertEquals(2, total(Map.of("computer_id", id, "from", "2026-11-20 10:00:03", "to", "2026-11-20 10:59:59")));
        Map<String, Object> page = api.data("oco.event.list", Map.of("computer_id", id, "limit", 2, "offset", 1));
        assertEquals(6, ((Number) page.get("total")).intValue());
        assertEquals(List.of("2026-11-20 10:00:04", "2026-11-20 10:00:03"),
                events(page).stream().map(e -> e.get("timestamp")).toList(), "newest first, after the offset");
        assertEquals(-32001, api.call("oco.event.list", Map.of("limit", 0)).errorCode());
        assertEquals(-32001, api.call("oco.event.list", Map.of("from", "20.11.2026")).errorCode());
    }

    @Test
    void refusedBatchesStoreNothing() {
        AgentClient agent = registeredAgent();
        long id = computerId(agent);
        Map<String, Object> good = event("System", 1, 2, "2026-11-20 10:00:00", Map.of());

        AgentClient.Reply timestamp = agent.call("oco.agent.events",
                Map.of("events", List.of(good, event("System", 1, 2, "2026-11-20T10:00:01", Map.of()))));
        assertEquals(400, timestamp.status());
        assertTrue(timestamp.body().contains("data.events[1].timestamp '2026-11-20T10:00:01'"), timestamp.body());

        AgentClient.Reply log = agent.call("oco.agent.events",
                Map.of("events", List.of(good, event("L".repeat(201), 1, 2, "2026-11-20 10:00:01", Map.of()))));
        assertEquals(400, log.status());
        assertTrue(log.body().contains("at most 200 characters"), log.body());

        AgentClient.Reply oversized = agent.call("oco.agent.events", Map.of("events", Collections.nCopies(50_001, good)));
        assertEquals(400, oversized.status());
        assertTrue(oversized.body().contains("at most 50000"), oversized.body());

        assertEquals(0, total(Map.of("computer_id", id)), "nothing of a refused batch was stored");
        assertEquals(401, server.agent("unknown-" + UUID.randomUUID()).call("oco.agent.events",
                Map.of("events", List.of(good))).status(), "events of unknown computers are refused");
    }

    @Test
    void invalidRulesAreRefusedWithTheReasonAndNotStored() {
        long before = server.database.count("SELECT COUNT(*) FROM event_rule");
        ClientApi.Reply xml = api.call("oco.event_rule.create", Map.of("log", "System", "query", "<QueryList><Query>"));
        assertEquals(-32001, xml.errorCode());
        assertTrue(xml.errorMessage().contains("not well-formed XML"), xml.errorMessage());
        assertEquals(-32001, api.call("oco.event_rule.create",
                Map.of("log", "journalctl", "query", "{\"grep\":\"(unclosed\"}")).errorCode());
        assertEquals(-32001, api.call("oco.event_rule.create",
                Map.of("log", "journalctl", "query", "{\"user\":\"alice\"}")).errorCode());
        assertEquals(-32001, api.call("oco.event_rule.create", Map.of("log", "S".repeat(201), "query", SYSTEM_QUERY)).errorCode());
        assertEquals(-32001, api.call("oco.event_rule.update",
                Map.of("id", ruleIds.get(2), "query", "{\"priority\":\"9\"}")).errorCode());
        assertEquals(-32003, api.call("oco.event_rule.remove", Map.of("id", 999_999)).errorCode());
        assertEquals(before, server.database.count("SELECT COUNT(*) FROM event_rule"));
        assertEquals(JOURNAL_QUERY, server.database.string("SELECT query_text FROM event_rule WHERE id = ?", ruleIds.get(2)));
        assertTrue(server.database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.event_rule.create'") >= 3);
    }

    @Test
    void retentionJobPurgesEventsOlderThanTheSetting() throws InterruptedException {
        AgentClient agent = registeredAgent();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        assertEquals(200, agent.call("oco.agent.events", Map.of("events", List.of(
                event("System", 1, 2, now.minusDays(40).format(TIME), Map.of("age", "old")),
                event("System", 1, 2, now.minusDays(1).format(TIME), Map.of("age", "recent"))))).status());
        long id = computerId(agent);
        assertEquals(2, total(Map.of("computer_id", id)));

        setRetentionDays("30");
        try {
            for (int i = 0; i < 300 && total(Map.of("computer_id", id)) > 1; i++) {
                Thread.sleep(100);
            }
        } finally {
            setRetentionDays("36500");
        }
        List<Map<String, Object>> left = events(api.data("oco.event.list", Map.of("computer_id", id)));
        assertEquals(List.of(Map.of("age", "recent")), left.stream().map(e -> e.get("data")).toList());
    }

    // ---- helpers

    private AgentClient registeredAgent() {
        String hostname = "events-" + UUID.randomUUID().toString().substring(0, 8);
        api.data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status());
        return agent;
    }

    private long computerId(AgentClient agent) {
        return server.database.count("SELECT id FROM computer WHERE hostname = ?", agent.hostname);
    }

    /** The hello's rules by log, once all of ours are there (rules reach hello within a few seconds). */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> awaitRulesInHello(AgentClient agent) throws InterruptedException {
        Map<String, Map<String, Object>> byLog = new LinkedHashMap<>();
        for (int i = 0; i < 100 && byLog.size() < 3; i++) {
            AgentClient.Reply hello = agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
            assertEquals(200, hello.status(), hello.body());
            byLog.clear();
            Object rules = hello.params().get("events");
            if (rules instanceof List<?> list) {
                list.forEach(rule -> byLog.put((String) ((Map<String, Object>) rule).get("log"), (Map<String, Object>) rule));
            }
            if (byLog.size() < 3) {
                Thread.sleep(200);
            }
        }
        assertEquals(3, byLog.size(), "the three rules in hello: " + byLog);
        return byLog;
    }

    private JournaldEventSource journalSource() throws Exception {
        Path fixture = Path.of(getClass().getResource("/events/journal-udisks.json").toURI());
        Path journalctl = dir.resolve("journalctl");
        Files.writeString(journalctl, "#!/bin/sh\n# stands in for journalctl -o json with the rule's matches\ncat '" + fixture + "'\n");
        Files.setPosixFilePermissions(journalctl, PosixFilePermissions.fromString("rwx------"));
        return new JournaldEventSource(journalctl.toString());
    }

    private long createRule(String log, String query) {
        Map<String, Object> rule = api.data("oco.event_rule.create", Map.of("log", log, "query", query));
        assertEquals(query, rule.get("query"));
        return ((Number) rule.get("id")).longValue();
    }

    private void setRetentionDays(String days) {
        api.data("oco.setting.set", Map.of("key", "event-monitoring.retention-days", "value", days));
    }

    private int total(Map<String, Object> filter) {
        return ((Number) api.<Map<String, Object>>data("oco.event.list", filter).get("total")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("events");
    }

    private static Map<String, Object> event(String log, Object eventId, Object level, String timestamp, Map<String, String> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("log", log);
        event.put("provider", "Microsoft-Windows-GroupPolicy");
        event.put("event_id", eventId);
        event.put("level", level);
        event.put("timestamp", timestamp);
        event.put("data", data);
        return event;
    }
}

package org.ocoj.plugins.checkmk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocoj.plugins.checkmk.PluginUnderTest.service;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.RequestException;
import org.ocoj.testkit.PluginDatabase;

/** Services from hellos to stored state, history and staleness, on the platform's real schema (plugin test kit). */
class ServicesCheckInTest {

    private static final PluginDatabase DATABASE = PluginDatabase.create("checkmk-services");
    private PluginUnderTest plugin;
    private ComputerRef pc;
    private ServiceMethods.ListMethod list;
    private ServiceMethods.HistoryMethod history;
    private ServiceMethods.SummaryMethod summary;

    @BeforeEach
    void start() throws Exception {
        DATABASE.db().update("DELETE FROM computer"); // the plugin's rows go with them (ON DELETE CASCADE)
        plugin = new PluginUnderTest(DATABASE);
        pc = plugin.computer("pc-17");
        list = new ServiceMethods.ListMethod(plugin.context);
        history = new ServiceMethods.HistoryMethod(plugin.context);
        summary = new ServiceMethods.SummaryMethod(plugin.context);
    }

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    private List<Map<String, Object>> services(Map<String, Object> filter) {
        Map<String, Object> result = plugin.call(list, filter);
        return (List<Map<String, Object>>) result.get("services");
    }

    private Map<String, Object> byName(String name) {
        return services(Map.of()).stream().filter(s -> name.equals(s.get("name"))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> historyOf(String name) {
        Map<String, Object> result = plugin.call(history, Map.of("computer_id", pc.id(), "name", name));
        return (List<Map<String, Object>>) result.get("history");
    }

    @Test
    void storesStateAndHistoryAndWritesNothingForAnUnchangedList() throws Exception {
        List<Map<String, Object>> report = List.of(service("0", "Disk /", "used=42;80;90", "42% used"),
                service("P", "Load", "load=2.5;1;2", "load average"));
        plugin.hello(pc, report);

        Map<String, Object> load = byName("Load");
        assertEquals(2, load.get("status"));
        assertEquals("CRIT", load.get("status_text"));
        assertEquals("P", load.get("reported_status"));
        assertEquals("P: load 2.5 ≥ critical level 2", load.get("note"));
        assertEquals("load=2.5;1;2", load.get("metrics"));
        assertEquals("pc-17", load.get("computer_hostname"));
        assertEquals(false, load.get("stale"));
        assertEquals(2, plugin.count("SELECT COUNT(*) FROM checkmk_service_history"));

        plugin.advance(60);
        plugin.hello(pc, report);
        assertEquals(2, plugin.count("SELECT COUNT(*) FROM checkmk_service_history"), "no history for the same report");
        assertEquals(org.ocoj.api.db.StoredTime.shown(java.time.LocalDateTime.parse("2026-11-25T12:01:00")), byName("Load").get("last_seen"));

        plugin.advance(60);
        plugin.hello(pc, List.of(service("1", "Disk /", "used=85;80;90", "85% used"), report.get(1)));
        List<Map<String, Object>> disk = historyOf("Disk /");
        assertEquals(List.of(1, 0), disk.stream().map(h -> h.get("status")).toList(), "newest first");
        assertEquals("85% used", disk.get(0).get("details"));
        assertEquals(1, historyOf("Load").size());
    }

    @Test
    void theReportViewNamesStatesAsCheckMkDoes() throws Exception {
        plugin.hello(pc, List.of(service("0", "a", "-", ""), service("1", "b", "-", ""), service("2", "c", "-", ""),
                service("3", "d", "-", "")));
        for (String state : List.of("OK", "WARN", "CRIT", "UNKNOWN")) {
            assertEquals(1, plugin.count("SELECT COUNT(*) FROM checkmk_service_report WHERE computer_id = " + pc.id()
                    + " AND state = '" + state + "'"), state);
        }
    }

    @Test
    void acceptsTheMetricsKeyAndNumericStatusesToo() {
        plugin.hello(pc, List.of(Map.of("status", 2, "name", "n", "metrics", "x=1", "details", "d")));
        assertEquals("x=1", byName("n").get("metrics"));
        assertEquals(2, byName("n").get("status"));
    }

    @Test
    void ignoresAMalformedValueAndInvalidEntriesWithOneLogLineAndStoresTheValidOnes() throws Exception {
        plugin.hello(pc, List.of(service("0", "kept", "-", "ok")));
        plugin.hello(pc, "not a list");
        plugin.hello(pc, Map.of("status", "0"));
        assertTrue(plugin.log.get(0).startsWith("WARNING Services of pc-17 ignored, nothing stored: services must be an "
                + "array or null, not a string"), plugin.log.toString());
        assertEquals(List.of("kept"), services(Map.of()).stream().map(s -> s.get("name")).toList());

        String longName = "x".repeat(201);
        List<Object> report = List.of(service("0", "kept", "-", "ok"), service("0", longName, "-", "too long"), 42,
                service("2", "new", "-", "fine"), Map.of("name", "no status"));
        plugin.hello(pc, report);
        plugin.hello(pc, report);
        assertEquals(3, plugin.log.size(), "one line for the changed list, none for the same list again: " + plugin.log);
        assertTrue(plugin.log.get(2).contains("3 entries ignored: services[1].name is 201 characters long (at most 200)"),
                plugin.log.get(2));
        assertTrue(plugin.log.get(2).contains("services[2] must be an object, not the value 42; services[4].status is missing"),
                plugin.log.get(2));
        assertEquals(List.of("kept", "new"), services(Map.of()).stream().map(s -> s.get("name")).toList());
        assertEquals(2, plugin.count("SELECT COUNT(*) FROM checkmk_service_history"));
        plugin.hello(pc, null);
        assertEquals(3, plugin.log.size(), "services: null is no news");
    }

    @Test
    void namesAreExactCaseAndBlanksIncluded() {
        plugin.hello(pc, List.of(service("0", "Disk", "-", "a"), service("2", "disk", "-", "b"),
                service("1", "disk ", "-", "c")));
        assertEquals(3, services(Map.of()).size());
    }

    @Test
    void marksServicesStaleThatAComputerStopsSendingAndBringsThemBack() throws Exception {
        plugin.context.set(ServiceSettings.STALE_AFTER, "120");
        List<Map<String, Object>> both = List.of(service("0", "a", "-", "x"), service("0", "b", "-", "y"));
        plugin.hello(pc, both);
        plugin.advance(60);
        plugin.hello(pc, List.of(both.get(0))); // b no longer reported
        plugin.advance(59);
        plugin.staleness.run();
        assertEquals(false, byName("b").get("stale"), "b was last reported 119 s ago - not yet");
        plugin.advance(60);
        plugin.hello(pc, List.of(both.get(0)));
        plugin.staleness.run();
        assertEquals(true, byName("b").get("stale"));
        assertEquals(false, byName("a").get("stale"));
        assertEquals(List.of("b"), services(Map.of("stale", true)).stream().map(s -> s.get("name")).toList());
        assertTrue(plugin.log.contains("INFO 1 service(s) not reported for 120 s are now stale"), plugin.log.toString());

        plugin.hello(pc, both);
        assertEquals(false, byName("b").get("stale"), "reported again");
        assertEquals(2, plugin.count("SELECT COUNT(*) FROM checkmk_service_history"), "staleness is not a change");
    }

    @Test
    void marksAllServicesOfASilentComputerStaleAndTheSameListRevivesThem() throws Exception {
        plugin.context.set(ServiceSettings.STALE_AFTER, "120");
        List<Map<String, Object>> report = List.of(service("0", "a", "-", "x"));
        plugin.hello(pc, report);
        plugin.advance(100);
        plugin.hello(pc, null); // the check directory went away: services are no longer reported
        plugin.advance(10);
        plugin.staleness.run();
        assertEquals(false, byName("a").get("stale"), "last reported 110 s ago");
        plugin.advance(20);
        plugin.staleness.run();
        assertEquals(true, byName("a").get("stale"));
        assertEquals(Map.of("ok", 0L, "warn", 0L, "crit", 0L, "unknown", 0L, "stale", 1L, "total", 1L),
                plugin.call(summary, Map.of("computer_id", pc.id())));

        plugin.hello(pc, report); // same hash as before: must not take the one-statement path
        assertEquals(false, byName("a").get("stale"));
        assertEquals(Map.of("ok", 1L, "warn", 0L, "crit", 0L, "unknown", 0L, "stale", 0L, "total", 1L),
                plugin.call(summary, Map.of()));
    }

    @Test
    void deletesOldHistoryAndLongGoneServices() throws Exception {
        plugin.hello(pc, List.of(service("0", "a", "-", "x"), service("0", "gone", "-", "y")));
        plugin.advance(86_400);
        plugin.hello(pc, List.of(service("1", "a", "-", "x")));
        plugin.advance(30 * 86_400L - 100);
        plugin.retention.run();
        assertEquals(1, plugin.count("SELECT COUNT(*) FROM checkmk_service_history"), "the first two rows were 30 days old");
        assertEquals(List.of("a"), services(Map.of()).stream().map(s -> s.get("name")).toList());
        assertEquals(List.of(1), historyOf("a").stream().map(h -> h.get("status")).toList());
    }

    @Test
    void filtersAndPagesAndRefusesBadParameters() throws Exception {
        ComputerRef other = plugin.computer("pc-18");
        plugin.hello(pc, List.of(service("0", "a", "-", "x"), service("2", "b", "-", "y")));
        plugin.hello(other, List.of(service("2", "c", "-", "z")));

        assertEquals(List.of("b", "c"), services(Map.of("status", "CRIT")).stream().map(s -> s.get("name")).toList());
        assertEquals(List.of("b"), services(Map.of("status", 2, "computer_id", String.valueOf(pc.id())))
                .stream().map(s -> s.get("name")).toList());
        Map<String, Object> page = plugin.call(list, Map.of("limit", 1, "offset", 1));
        assertEquals(3L, page.get("total"));
        assertEquals("b", ((List<Map<String, Object>>) page.get("services")).get(0).get("name"));

        RequestException status = assertThrows(RequestException.class, () -> services(Map.of("status", "bad")));
        assertEquals(RequestException.Kind.INVALID, status.kind());
        RequestException computer = assertThrows(RequestException.class, () -> services(Map.of("computer_id", 999)));
        assertEquals(RequestException.Kind.NOT_FOUND, computer.kind());
        RequestException service = assertThrows(RequestException.class,
                () -> plugin.call(history, Map.of("computer_id", pc.id(), "name", "nope")));
        assertEquals(RequestException.Kind.NOT_FOUND, service.kind());
        assertEquals(RequestException.Kind.INVALID, assertThrows(RequestException.class,
                () -> plugin.call(history, Map.of("name", "a"))).kind());
    }
}

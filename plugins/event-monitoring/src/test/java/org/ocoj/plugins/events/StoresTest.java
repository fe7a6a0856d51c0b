package org.ocoj.plugins.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.api.server.JsonParams;
import org.ocoj.testkit.PluginDatabase;
import org.ocoj.testkit.TestPluginContext;

/** The plugin's migrations and SQL on the platform's real schema (MariaDB, through the plugin test kit). */
class StoresTest {

    private static final PluginDatabase DATABASE = PluginDatabase.create("event-monitoring");
    private final TestPluginContext context = new TestPluginContext(DATABASE, new EventSettings());
    private final EventStore events = new EventStore(context.dataSource(), context.computers());
    private final RuleStore rules = new RuleStore(context.dataSource());
    private ComputerRef pc;

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @BeforeEach
    void aComputerOfItsOwn() {
        context.db().update("DELETE FROM event_entry");
        pc = DATABASE.computer("pc-" + System.nanoTime());
    }

    @Test
    void storesAResentBatchOnce() {
        List<IncomingEvent> batch = List.of(event(8, 1), event(9, 2));
        events.insert(pc.id(), batch, LocalDateTime.now());
        events.insert(pc.id(), batch, LocalDateTime.now());
        assertEquals(2L, events.list(filter(Map.of())).get("total"));
    }

    @Test
    void sinceOnlyMovesForward() {
        long rule = rules.insert("System", RuleValidationTest.SYSTEM_QUERY, LocalDateTime.now());
        rules.advanceSince(pc.id(), Map.of(rule, LocalDateTime.of(2026, 11, 24, 9, 0)));
        rules.advanceSince(pc.id(), Map.of(rule, LocalDateTime.of(2026, 11, 24, 8, 0)));
        assertEquals(Map.of(rule, LocalDateTime.of(2026, 11, 24, 9, 0)), rules.sinceOf(pc.id()));
        rules.delete(rule);
        assertEquals(Map.of(), rules.sinceOf(pc.id()), "a removed rule's times go with it");
    }

    @Test
    void filtersPagesAndPurges() {
        events.insert(pc.id(), List.of(event(1, 2), event(2, 4), event(3, 2), event(4, 2)), LocalDateTime.now());
        Map<String, Object> page = events.list(filter(Map.of("level", 2, "limit", 2, "offset", 1)));
        assertEquals(3L, page.get("total"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) page.get("events");
        assertEquals(List.of("2026-11-24 03:00:00", "2026-11-24 01:00:00"), rows.stream().map(r -> r.get("timestamp")).toList());
        assertEquals(Map.of("message", "m"), rows.get(0).get("data"));
        assertEquals(pc.hostname(), rows.get(0).get("computer_hostname"), "from the platform's directory");
        assertEquals(2L, events.list(filter(Map.of("from", "2026-11-24 02:00:00", "to", "2026-11-24 03:00:00"))).get("total"));
        assertEquals(2L, events.purgeBefore(LocalDateTime.of(2026, 11, 24, 3, 0)));
        assertEquals(2L, events.list(filter(Map.of())).get("total"));
    }

    @Test
    void aRemovedComputersEventsGoWithIt() {
        events.insert(pc.id(), List.of(event(1, 2)), LocalDateTime.now());
        DATABASE.removeComputer(pc.id());
        assertEquals(0L, events.list(filter(Map.of())).get("total"), "event_entry references computer(id) as documented");
    }

    private static EventFilter filter(Map<String, Object> data) {
        return EventFilter.from(JsonParams.of(data, "data"), ComputerScope.UNLIMITED);
    }

    private static IncomingEvent event(int hour, int level) {
        return new IncomingEvent("System", "Disk", 7, level, LocalDateTime.of(2026, 11, 24, hour, 0),
                "{\"message\":\"m\"}", "m");
    }
}

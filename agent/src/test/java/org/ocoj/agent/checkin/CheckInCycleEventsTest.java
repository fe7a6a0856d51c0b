package org.ocoj.agent.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.events.EventRunner;
import org.ocoj.agent.events.StubEventSource;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;

/** Event rules from the hello response: one oco.agent.events per cycle after the update (SPEC 2.6, 2.8). */
class CheckInCycleEventsTest {
    static final String RULE = "{\"unit\":\"udisks2.service\", \"priority\":\"0,1,2,3,4,5\", \"grep\":\"mounted\"}";

    @TempDir
    Path dir;
    private FakeOcoServer server;
    private AgentUnderTest agent;
    private StubEventSource journal;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOcoServer();
        journal = new StubEventSource("journalctl", () -> List.of(new EventRecord("udisks2.service", "udisksd", "3", "5",
                LocalDateTime.of(2026, 11, 24, 8, 0, 7), java.util.Map.of("message", "Unmounted /dev/sdb1"))));
        agent = new AgentUnderTest(dir, server.url().toString(), () -> {
            throw new AssertionError("no discovery expected");
        }, "", new EventRunner(List.of(journal)));
        server.customizeHello(params -> {
            ArrayNode events = params.putArray("events");
            events.addObject().put("since", "2026-11-24 08:00:00").put("log", "journalctl").put("query", RULE);
            events.addObject().put("since", "1970-01-01 00:00:00").put("log", "System").put("query", "<QueryList/>");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheEventsOfTheHellosRulesAfterTheUpdate() throws Exception {
        CheckInCycle.CycleReport report = agent.cycle.run(false);

        assertEquals(List.of("oco.agent.hello", "oco.agent.update", "oco.agent.events"), server.methods());
        assertEquals(1, report.eventsSent());
        assertEquals(List.of(new EventQuery("journalctl", RULE, LocalDateTime.of(2026, 11, 24, 8, 0), 10_001)),
                journal.queries, "the rule as the server sent it; the System rule has no source on this machine");
        JsonNode event = server.requests().get(2).json().at("/params/data/events/0");
        assertEquals("udisks2.service", event.path("log").asText());
        assertEquals("udisksd", event.path("provider").asText());
        assertEquals("3", event.path("event_id").asText());
        assertEquals("5", event.path("level").asText());
        assertEquals("2026-11-24 08:00:07", event.path("timestamp").asText());
        assertEquals("Unmounted /dev/sdb1", event.at("/data/message").asText());
        assertTrue(server.requests().get(2).signatureValid());
    }

    @Test
    void aFailedEventsRequestIsLoggedAndTheCycleGoesOn() throws Exception {
        server.queue(FakeOcoServer.Fault.NONE, FakeOcoServer.Fault.NONE, FakeOcoServer.Fault.HTTP_500);

        CheckInCycle.CycleReport report = agent.cycle.run(false);

        assertEquals(0, report.eventsSent());
        assertEquals("oco.agent.events", server.methods().get(2));
        agent.cycle.run(false); // and the next cycle works as usual
    }
}

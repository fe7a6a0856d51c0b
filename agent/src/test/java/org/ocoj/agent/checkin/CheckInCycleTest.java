package org.ocoj.agent.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.config.AgentConfigFile;
import org.ocoj.agent.protocol.ProtocolException;
import org.ocoj.api.agent.ServiceCheck;

/** The check-in cycle against a real HTTP server that speaks the protocol of SPEC sections 1–2. */
class CheckInCycleTest {
    @TempDir
    Path dir;
    private FakeOcoServer server;
    private AgentUnderTest agent;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOcoServer();
        agent = new AgentUnderTest(dir, server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void selfRegistersStoresKeysAndSendsTheInventoryWithTheNewKey() throws Exception {
        CheckInCycle.CycleReport report = agent.cycle.run(true);

        assertTrue(report.inventorySent());
        assertEquals(List.of("oco.agent.hello", "oco.agent.update"), server.methods());
        assertTrue(server.requests().stream().allMatch(FakeOcoServer.Request::signatureValid), "all requests signed correctly");
        assertTrue(server.requests().stream().allMatch(r -> r.contentType().equals("application/json")));
        AgentConfigFile reread = AgentConfigFile.load(agent.ini);
        assertEquals(FakeOcoServer.ISSUED_AGENT_KEY, reread.agentKey());
        assertEquals(FakeOcoServer.SERVER_KEY, reread.serverKey());

        JsonNode hello = server.requests().get(0).json();
        assertEquals("1.2.0", hello.at("/params/data/agent_version").asText());
        assertTrue(hello.at("/params/data/force_update").asBoolean());
        assertEquals("192.0.2.2", hello.at("/params/data/networks/0/addr").asText());
        assertTrue(hello.at("/params/data/services").isNull());
        assertEquals("pc1", hello.at("/params/hostname").asText());

        JsonNode update = server.requests().get(1).json().at("/params/data");
        assertEquals("Debian GNU/Linux", update.path("os").asText());
        assertEquals("bash", update.at("/software/0/name").asText());
        assertFalse(update.has("printers"), "the failed collector's section is left out, not sent empty");
        assertTrue(hello.at("/params/timestamp").decimalValue().compareTo(
                server.requests().get(1).json().at("/params/timestamp").decimalValue()) < 0, "agent timestamps increase");
    }

    @Test
    void sendsOnlyLoginsAfterTheServersLoginsSince() throws Exception {
        agent.cycle.run(true); // the fake server answers logins-since "2026-11-20 07:12:03"

        JsonNode hello = server.requests().get(0).json().at("/params/data");
        JsonNode logins = server.requests().get(1).json().at("/params/data/logins");
        assertFalse(hello.has("logins"), "logins travel with the update only");
        assertEquals(1, logins.size(), "alice logged on exactly at logins-since: the server has her: " + logins);
        assertEquals("bob", logins.at("/0/username").asText());
        assertEquals("2026-11-21 08:00:00", logins.at("/0/timestamp").asText());
        assertEquals("pts/0", logins.at("/0/console").asText());
        assertTrue(logins.at("/0/guid").isNull());
    }

    @Test
    void sendsEveryLoginSince2000WhenTheServerDoesNotSayAndNoneWhenItSaysNull() throws Exception {
        server.customizeHello(params -> params.remove("logins-since"));
        agent.cycle.run(true);
        assertEquals(2, server.requests().get(1).json().at("/params/data/logins").size());

        server.customizeHello(params -> params.putNull("logins-since").put("update", 1));
        agent.cycle.run(false);
        JsonNode logins = server.requests().get(3).json().at("/params/data/logins");
        assertTrue(logins.isArray() && logins.isEmpty(), "logins-since null: no logons: " + logins);
    }

    @Test
    void sendsServiceChecksAsUpstreamDoesWithTheMericsKey() throws Exception {
        agent.services = List.of(new ServiceCheck("P", "My service", "load=0.7;1;2|users=3", "all good"));

        agent.cycle.run(false);

        JsonNode service = server.requests().get(0).json().at("/params/data/services/0");
        assertEquals("P", service.path("status").asText());
        assertEquals("My service", service.path("name").asText());
        assertEquals("load=0.7;1;2|users=3", service.path("merics").asText());
        assertEquals("all good", service.path("details").asText());
        assertFalse(service.has("metrics"));

        agent.services = List.of();
        agent.cycle.run(false);
        assertTrue(server.requests().get(2).json().at("/params/data/services").isArray(), "[] when there are no results");
    }

    @Test
    void verifiesLaterResponsesWithTheLearntServerKey() throws Exception {
        agent.cycle.run(false);
        server.queue(FakeOcoServer.Fault.WRONG_SIGNATURE);

        ProtocolException e = assertThrows(ProtocolException.class, () -> agent.cycle.run(false));

        assertEquals(ProtocolException.Kind.BAD_SIGNATURE, e.kind());
        String timestampBefore = Files.readString(dir.resolve("oco-agent.timestamp"));
        agent.cycle.run(false); // the next good response is accepted: a bad one changed nothing
        assertTrue(Files.readString(dir.resolve("oco-agent.timestamp")).compareTo(timestampBefore) > 0);
    }

    @Test
    void rejectsATimestampGoingBackwardsAndStoresNothingFromIt() throws Exception {
        server.queue(FakeOcoServer.Fault.OLD_TIMESTAMP);
        agent.cycle.run(false); // first contact: accepted, timestamp stored

        server.queue(FakeOcoServer.Fault.OLD_TIMESTAMP);
        ProtocolException e = assertThrows(ProtocolException.class, () -> agent.cycle.run(false));

        assertEquals(ProtocolException.Kind.BAD_TIMESTAMP, e.kind());
    }

    @Test
    void doesNotStoreKeysFromARejectedResponse() throws Exception {
        server.queue(FakeOcoServer.Fault.HTTP_500);

        ProtocolException e = assertThrows(ProtocolException.class, () -> agent.cycle.run(false));

        assertEquals(ProtocolException.Kind.HTTP_STATUS, e.kind());
        assertEquals("oco.agent.hello: server answered HTTP 500: Internal Server Error", e.getMessage());
        assertEquals(FakeOcoServer.REGISTRATION_KEY, AgentConfigFile.load(agent.ini).agentKey());
        assertTrue(Files.notExists(dir.resolve("oco-agent.timestamp")));
    }

    @Test
    void sendsPasswordsOnlyWhenTheHelloAsksForThem() throws Exception {
        agent.cycle.run(false);
        agent.cycle.run(false);
        assertEquals(List.of("oco.agent.hello", "oco.agent.update", "oco.agent.hello"), server.methods());

        server.customizeHello(params -> params.putArray("update-passwords"));
        CheckInCycle.CycleReport report = agent.cycle.run(false);

        assertTrue(report.passwordsSent());
        assertEquals("oco.agent.passwords", server.methods().get(4));
        assertEquals(0, server.requests().get(4).json().at("/params/data/passwords").size());
    }

    @Test
    void reportsAnUnreachableServer() throws Exception {
        server.close();
        ProtocolException e = assertThrows(ProtocolException.class, () -> agent.cycle.run(false));
        assertEquals(ProtocolException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().startsWith("oco.agent.hello: no answer from " + server.url()), e.getMessage());
    }

    @Test
    void refusesAHelloResponseWithoutTheRequiredFields() throws Exception {
        server.customizeHello(params -> params.remove("software-jobs"));
        ProtocolException e = assertThrows(ProtocolException.class, () -> agent.cycle.run(false));
        assertEquals(ProtocolException.Kind.MALFORMED, e.kind());
        assertEquals(FakeOcoServer.REGISTRATION_KEY, AgentConfigFile.load(agent.ini).agentKey());
    }
}

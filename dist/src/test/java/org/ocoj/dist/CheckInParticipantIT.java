package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin's check-in participant cannot undo or fail a hello (issue 17): it runs after the hello's own write
 * is committed, on the full path (a computer's first hello, which issues its keys) as on the heartbeat fast
 * path, and what it does in a transaction of its own rolls back alone. The test plugin's participant
 * misbehaves by hostname (see testplugin/ProbeCheckInParticipant).
 */
@ExtendWith(SharedServer.class)
class CheckInParticipantIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    @Test
    void aThrowingParticipantLeavesTheHelloAnsweredAndStored() {
        AgentClient agent = created("participant-throws-");
        helloTwice(agent); // the first hello got keys: they were committed, or the second would be refused
    }

    @Test
    void aParticipantThatFailsHalfWayRollsBackOnlyItsOwnWork() {
        AgentClient agent = created("participant-half-");
        helloTwice(agent);
        assertEquals(0, server.database.count("SELECT COUNT(*) FROM probe_checkin WHERE hostname = ?",
                agent.hostname), "the participant's own transaction rolled back");
    }

    @Test
    void aWellBehavedParticipantRunsAndAnswersOnBothPaths() {
        AgentClient agent = created("participant-ok-");
        for (int i = 0; i < 2; i++) {
            AgentClient.Reply reply = agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
            assertEquals(200, reply.status(), reply.body());
            assertEquals(agent.hostname, reply.params().get("probe-seen"), "its member is in the answer");
        }
        assertEquals(2, server.database.count("SELECT COUNT(*) FROM probe_checkin WHERE hostname = ?",
                agent.hostname));
    }

    private AgentClient created(String prefix) {
        String hostname = prefix + UUID.randomUUID().toString().substring(0, 8);
        api.data("oco.computer.create", Map.of("hostname", hostname));
        return server.agent(hostname);
    }

    /** The first hello takes the full path (keys issued), the second the fast path; each must be stored. */
    private void helloTwice(AgentClient agent) {
        long stored = 0;
        for (int i = 0; i < 2; i++) {
            AgentClient.Reply reply = agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
            assertEquals(200, reply.status(), reply.body());
            assertNull(reply.params().get("probe-seen"));
            assertFalse(reply.body().contains("on purpose"), "the participant's error stays in the log");
            long now = server.database.count("SELECT server_timestamp_us FROM computer WHERE hostname = ?",
                    agent.hostname);
            assertTrue(now > stored, "hello " + (i + 1) + " was stored");
            stored = now;
        }
    }
}

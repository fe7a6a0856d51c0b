package org.ocoj.platform.computer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.ocoj.api.server.ComputerRef;

/** What the agent protocol needs of a computer row: identity, keys, clocks and inventory state. */
public record AgentView(long id, String hostname, String agentKey, String pendingAgentKey, String serverKey,
                        String agentVersion, BigDecimal agentTimestamp, long serverTimestampMicros,
                        LocalDateTime lastUpdate, LocalDateTime lastLogin, boolean forceUpdate,
                        SectionHashes sectionHashes, BigDecimal agentClockCeiling) {

    /** This row after a heartbeat write: only the two timestamps moved. */
    public AgentView afterHeartbeat(BigDecimal newAgentTimestamp, long newServerTimestampMicros) {
        return new AgentView(id, hostname, agentKey, pendingAgentKey, serverKey, agentVersion, newAgentTimestamp,
                newServerTimestampMicros, lastUpdate, lastLogin, forceUpdate, sectionHashes, agentClockCeiling);
    }

    public ComputerRef ref() {
        return new ComputerRef(id, hostname);
    }

    public boolean hasAgentKey() {
        return agentKey != null && !agentKey.isEmpty();
    }

    public boolean hasServerKey() {
        return serverKey != null && !serverKey.isEmpty();
    }
}

package org.ocoj.platform.ocoimport;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A computer row of the upstream database: the keys its agent signs with and expects (empty when the agent
 * never checked in), and the agent timestamp of its last accepted request (the replay barrier).
 */
record UpstreamComputer(long id, String hostname, String notes, Optional<String> agentKey,
                        Optional<String> serverKey, BigDecimal agentTimestamp, LocalDateTime lastPing,
                        LocalDateTime lastUpdate, String remoteAddress) {
}

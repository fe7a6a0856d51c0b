package org.ocoj.agent.checkin;

/**
 * The {@code agent_version} the agent reports. Servers compare it with PHP's {@code version_compare}
 * and require at least 1.1.7 for HMAC authentication (SPEC 8.19), so it stays a plain dotted number at the
 * protocol level this agent implements.
 */
public final class AgentVersion {
    public static final String WIRE = "1.2.0";

    private AgentVersion() {
    }
}

package org.ocoj.agent.protocol;

/**
 * Who the agent says it is in every request (SPEC 1.3). The server identifies the computer by
 * {@code hostname} only; {@code uid} is informational.
 */
public record AgentIdentity(String hostname, String uid) {
}

package org.ocoj.platform.agent;

import java.util.Map;

/** A successful agent response and the server key to sign it with (null: unsigned). */
public record AgentReply(Map<String, Object> envelope, String serverKey) {
}

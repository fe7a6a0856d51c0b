package org.ocoj.platform.agent;

import org.ocoj.api.server.JsonParams;
import org.ocoj.platform.json.JsonNumbers;

/** The fields every hello and update refresh: last contact, address, uptime, battery (SPEC §2.2 step 3). */
final class Heartbeat {

    private Heartbeat() {
    }

    /** Any authenticated request is a sign of life. */
    static void recordContact(AgentContext context) {
        context.row.set("last_ping", context.now).set("remote_address", context.remoteAddress);
    }

    static void record(AgentContext context, JsonParams data) {
        Object uptime = data.raw("uptime");
        recordContact(context);
        context.row.set("uptime", uptime instanceof Number
                ? JsonNumbers.whole(uptime, Long.MIN_VALUE, Long.MAX_VALUE, "params.data.uptime") : 0L);
        // Stored only when both are numbers; the agent sends false for "no battery".
        Object level = data.raw("battery_level");
        Object status = data.raw("battery_status");
        boolean present = level instanceof Number && status instanceof Number;
        context.row.set("battery_level", present ? JsonNumbers.finite(level, "params.data.battery_level") : null)
                .set("battery_status", present ? JsonNumbers.whole(status, JsonNumbers.INT_MIN, JsonNumbers.INT_MAX,
                        "params.data.battery_status").intValue() : null);
    }
}

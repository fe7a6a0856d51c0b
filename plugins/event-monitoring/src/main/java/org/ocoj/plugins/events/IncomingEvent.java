package org.ocoj.plugins.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * One event of an {@code oco.agent.events} request, validated and coerced (SPEC §2.6, §5.4).
 *
 * @param level    −1 when the agent sent an empty or non-numeric level
 * @param eventId  −1 when the agent sent an empty or non-numeric event id
 * @param dataJson the event's data as JSON with sorted keys
 * @param message  {@code data.message} (journal events), else empty; used to match journal rules
 */
record IncomingEvent(String log, String provider, long eventId, int level, LocalDateTime timestamp, String dataJson,
                     String message) {

    /** Identifies the event per computer, so a resent batch stores nothing twice. */
    String hash() {
        String canonical = String.join("\u0000", log, provider, Long.toString(eventId), Integer.toString(level),
                timestamp.toString(), dataJson);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

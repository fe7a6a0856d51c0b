package org.ocoj.platform.agent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code result.timestamp}: Unix seconds with microseconds, strictly increasing per computer even if the
 * clock steps back or another node answers (SPEC §1.6) — the last value sent is kept on the computer row.
 */
final class ServerTimestamp {

    private ServerTimestamp() {
    }

    static long nextMicros(Clock clock, long lastSentMicros) {
        Instant now = clock.instant();
        long nowMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        return Math.max(nowMicros, lastSentMicros + 1);
    }

    static BigDecimal seconds(long micros) {
        return BigDecimal.valueOf(micros, 6);
    }
}

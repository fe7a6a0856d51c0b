package org.ocoj.agent.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;

/**
 * The rolling {@code params.timestamp} of agent requests: Unix seconds with 4 decimals like upstream
 * (SPEC 1.3), and strictly increasing even when the wall clock steps back or two requests fall into the
 * same 0.1 ms, because an OCO-J server refuses a timestamp that is not newer (SPEC 1.7).
 */
public final class RequestClock {
    private static final BigDecimal STEP = new BigDecimal("0.0001");

    private final Clock clock;
    private BigDecimal last = BigDecimal.ZERO;

    public RequestClock(Clock clock) {
        this.clock = clock;
    }

    public synchronized BigDecimal next() {
        Instant instant = clock.instant();
        BigDecimal now = BigDecimal.valueOf(instant.getEpochSecond())
                .add(BigDecimal.valueOf(instant.getNano(), 9))
                .setScale(4, RoundingMode.DOWN);
        last = now.compareTo(last) > 0 ? now : last.add(STEP);
        return last;
    }
}

package org.ocoj.platform.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerTimestampTest {

    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(1795535497, 512345000), ZoneOffset.UTC);

    @Test
    void usesTheClockInMicroseconds() {
        assertEquals(1795535497512345L, ServerTimestamp.nextMicros(clock, 0));
        assertEquals("1795535497.512345", ServerTimestamp.seconds(1795535497512345L).toPlainString());
    }

    @Test
    void staysStrictlyIncreasingWhenTheClockStepsBack() {
        long later = 1795535999000000L;
        assertEquals(later + 1, ServerTimestamp.nextMicros(clock, later));
    }
}

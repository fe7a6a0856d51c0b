package org.ocoj.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.config.ConfigException;

class ServerTimestampGuardTest {
    private static final Clock NOW = Clock.fixed(Instant.ofEpochSecond(1795535500), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void acceptsIncreasingTimestampsAndKeepsTheLastAcrossRestarts() throws Exception {
        Path file = dir.resolve("state/oco-agent.timestamp");
        ServerTimestampGuard guard = ServerTimestampGuard.load(file, NOW, Duration.ofDays(1));
        guard.accept(new BigDecimal("1795535497.512345"));
        guard.accept(new BigDecimal("1795535497.512346"));

        ServerTimestampGuard reloaded = ServerTimestampGuard.load(file, NOW, Duration.ofDays(1));
        assertEquals(new BigDecimal("1795535497.512346"), reloaded.last());
        assertThrows(ProtocolException.class, () -> reloaded.accept(new BigDecimal("1795535497.512346")));
    }

    @Test
    void refusesATimestampGoingBackwardsAndKeepsTheOldOne() throws Exception {
        ServerTimestampGuard guard = ServerTimestampGuard.load(dir.resolve("ts"), NOW, Duration.ofDays(1));
        guard.accept(new BigDecimal("1795535497.5"));
        ProtocolException e = assertThrows(ProtocolException.class, () -> guard.accept(new BigDecimal("1795535400")));
        assertEquals(ProtocolException.Kind.BAD_TIMESTAMP, e.kind());
        assertEquals(new BigDecimal("1795535497.5"), guard.last());
        assertEquals("1795535497.5", Files.readString(dir.resolve("ts")).trim());
    }

    @Test
    void refusesMillisecondTimestampsThatWouldLockTheAgentOut() throws Exception { // SPEC 9.5
        ServerTimestampGuard guard = ServerTimestampGuard.load(dir.resolve("ts"), NOW, Duration.ofDays(1));
        ProtocolException e = assertThrows(ProtocolException.class, () -> guard.accept(new BigDecimal("1795535497512")));
        assertTrue(e.getMessage().contains("ahead of the local clock"), e.getMessage());
        assertEquals(BigDecimal.ZERO, guard.last());
        assertTrue(Files.notExists(dir.resolve("ts")));
    }

    @Test
    void reportsACorruptFileByName() throws Exception {
        Path file = dir.resolve("ts");
        Files.writeString(file, "not-a-number");
        ConfigException e = assertThrows(ConfigException.class, () -> ServerTimestampGuard.load(file, NOW, Duration.ofDays(1)));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}

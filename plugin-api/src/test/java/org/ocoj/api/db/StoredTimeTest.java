package org.ocoj.api.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StoredTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void storesUtcAndShowsTheServersZone() {
        Instant instant = Instant.parse("2026-07-01T22:30:00Z");
        LocalDateTime stored = StoredTime.utc(instant);
        assertEquals(LocalDateTime.of(2026, 7, 1, 22, 30), stored);
        assertEquals(instant, StoredTime.instant(stored));
        assertEquals("2026-07-02 00:30:00", StoredTime.shown(stored, BERLIN), "summer time, the next day");
        assertEquals(stored, StoredTime.parseShown("2026-07-02 00:30:00", BERLIN));
        assertNull(StoredTime.shown(null));
    }

    @Test
    void refusesAnotherFormInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoredTime.parseShown("2026-07-02T00:30"));
        assertEquals("'2026-07-02T00:30' is not a time of the form YYYY-MM-DD HH:MM:SS", e.getMessage());
    }
}

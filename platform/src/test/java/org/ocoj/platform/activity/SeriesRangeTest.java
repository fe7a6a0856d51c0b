package org.ocoj.platform.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.RequestException;

class SeriesRangeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 13, 5, 42);

    @Test
    void theCurrentMinuteOrHourIsTheLastBucket() {
        assertEquals(LocalDateTime.of(2026, 12, 2, 13, 6), SeriesRange.DAY.start(NOW));
        assertEquals(NOW.withSecond(0), SeriesRange.DAY.start(NOW).plusMinutes(SeriesRange.DAY.buckets - 1L));
        assertEquals(LocalDateTime.of(2026, 11, 26, 14, 0), SeriesRange.WEEK.start(NOW));
        assertEquals(NOW.withMinute(0).withSecond(0), SeriesRange.WEEK.start(NOW).plusHours(SeriesRange.WEEK.buckets - 1L));
    }

    @Test
    void onlyTheTwoRangesAreKnown() {
        assertEquals(SeriesRange.DAY, SeriesRange.of("24h"));
        assertEquals(SeriesRange.WEEK, SeriesRange.of("7d"));
        RequestException refused = assertThrows(RequestException.class, () -> SeriesRange.of("1y"));
        assertEquals("range must be 24h or 7d: 1y", refused.getMessage());
    }
}

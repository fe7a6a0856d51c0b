package org.ocoj.platform.activity;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.ocoj.api.server.RequestException;

/** The spans {@code oco.dashboard.series} offers: the last 24 hours by minute, the last 7 days by hour. */
enum SeriesRange {
    DAY("24h", Duration.ofMinutes(1), 24 * 60),
    WEEK("7d", Duration.ofHours(1), 7 * 24);

    final String id;
    final Duration step;
    final int buckets;

    SeriesRange(String id, Duration step, int buckets) {
        this.id = id;
        this.step = step;
        this.buckets = buckets;
    }

    static SeriesRange of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst().orElseThrow(
                () -> RequestException.invalid("range must be 24h or 7d: " + id));
    }

    /** The first bucket's start: the current bucket is the last one. */
    LocalDateTime start(LocalDateTime now) {
        LocalDateTime current = now.truncatedTo(step.equals(Duration.ofHours(1)) ? ChronoUnit.HOURS : ChronoUnit.MINUTES);
        return current.minus(step.multipliedBy(buckets - 1L));
    }
}

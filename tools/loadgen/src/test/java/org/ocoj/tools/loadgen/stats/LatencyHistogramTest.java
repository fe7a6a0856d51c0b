package org.ocoj.tools.loadgen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void smallValuesAreExactWithNearestRankPercentiles() {
        LatencyHistogram h = new LatencyHistogram();
        for (int v = 1; v <= 100; v++) {
            h.record(v);
        }
        assertEquals(50, h.percentileMicros(50));
        assertEquals(95, h.percentileMicros(95));
        assertEquals(99, h.percentileMicros(99));
        assertEquals(100, h.percentileMicros(100));
        assertEquals(100, h.maxMicros());
        assertEquals(50.5, h.meanMicros(), 1e-9);
    }

    @Test
    void largeValuesStayWithinTheBucketPrecisionAndNeverBelowTheTruth() {
        LatencyHistogram h = new LatencyHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            h.record(ms * 1000L);
        }
        assertWithin(500_000, h.percentileMicros(50));
        assertWithin(950_000, h.percentileMicros(95));
        assertWithin(990_000, h.percentileMicros(99));
        assertEquals(1_000_000, h.percentileMicros(100)); // capped at the exact maximum
    }

    @Test
    void aSlowOutlierShowsInP99OnlyWhenItIsMoreThanOnePercent() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 990; i++) {
            h.record(2_000);
        }
        for (int i = 0; i < 10; i++) {
            h.record(900_000);
        }
        assertWithin(2_000, h.percentileMicros(99));
        h.record(900_000);
        assertWithin(900_000, h.percentileMicros(99));
        assertEquals(900_000, h.maxMicros());
    }

    @Test
    void everyValueLandsInABucketWhoseUpperBoundIsNotBelowIt() {
        for (long v = 0; v < 5_000_000; v += 997) {
            int index = LatencyHistogram.index(v);
            assertTrue(LatencyHistogram.upperBound(index) >= v, "bucket of " + v);
            assertTrue(index == 0 || LatencyHistogram.upperBound(index - 1) < v, "previous bucket of " + v);
        }
    }

    @Test
    void emptyHistogramReportsZero() {
        assertEquals(0, new LatencyHistogram().percentileMicros(99));
    }

    private static void assertWithin(long expected, long actual) {
        assertTrue(actual >= expected && actual <= expected * 1.016, "expected ~" + expected + " but was " + actual);
    }
}

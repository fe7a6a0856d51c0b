package org.ocoj.plugins.checkmk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a reported status becomes the stored state; {@code P} as CheckMK computes it from metric levels. */
class StatusEvaluationTest {

    private static Status status(String reported, String metrics) {
        return StatusEvaluation.of(reported, metrics).status();
    }

    @Test
    void takesNumericStatusesAsTheyAre() {
        assertEquals(Status.OK, status("0", "-"));
        assertEquals(Status.WARN, status("1", "garbage metrics are not read"));
        assertEquals(Status.CRIT, status("2", "-"));
        assertEquals(Status.UNKNOWN, status("3", "-"));
        assertEquals("", StatusEvaluation.of("2", "-").note());
    }

    @Test
    void computesPFromUpperLevels() {
        assertEquals(Status.OK, status("P", "load=0.7;1;2"));
        assertEquals(Status.WARN, status("P", "load=1;1;2"), "a value at the warning level is WARN");
        assertEquals(Status.CRIT, status("P", "load=2.5;1;2"));
        assertEquals(Status.CRIT, status("P", "load=0.1;1;2|users=40;20;30"), "the worst metric wins");
        assertEquals(Status.OK, status("P", "users=3"), "no levels, nothing to breach");
        assertEquals(Status.OK, status("P", "-"));
        assertEquals("P: load 2.5 ≥ critical level 2", StatusEvaluation.of("P", "load=2.5;1;2").note());
    }

    @Test
    void computesPFromLowerAndUpperLevelRanges() {
        // CheckMK's example: OK between 30 and 50, WARN between 10 and 30 or 50 and 60, CRIT outside 10 to 60
        assertEquals(Status.OK, status("P", "count=40;30:50;10:60"));
        assertEquals(Status.WARN, status("P", "count=20;30:50;10:60"));
        assertEquals(Status.WARN, status("P", "count=55;30:50;10:60"));
        assertEquals(Status.CRIT, status("P", "count=5;30:50;10:60"));
        assertEquals(Status.CRIT, status("P", "count=70;30:50;10:60"));
        assertEquals(Status.WARN, status("P", "free=15;20:;10:"), "lower levels only");
    }

    @Test
    void readsValuesWithUnitsAndMinMax() {
        assertEquals(Status.WARN, status("P", "temp=45.5C;40;50;0;100"));
        assertEquals(Status.CRIT, status("P", "disk=95%;80;90"));
        assertEquals(Status.OK, status("P", "rta=0.5ms;100;500;0"));
    }

    @Test
    void storesUnreadableMetricsAndUnknownStatusWordsAsUnknownWithTheReason() {
        StatusEvaluation broken = StatusEvaluation.of("P", "load=high;1;2");
        assertEquals(Status.UNKNOWN, broken.status());
        assertTrue(broken.note().contains("the value of load ('high') is not a number"), broken.note());
        assertEquals(Status.UNKNOWN, status("P", "novalue"));
        assertEquals(Status.UNKNOWN, status("P", "load=1;x;2"));
        StatusEvaluation word = StatusEvaluation.of("OK", "-");
        assertEquals(Status.UNKNOWN, word.status());
        assertEquals("reported status 'OK' is not 0, 1, 2, 3 or P", word.note());
        assertEquals(Status.UNKNOWN, status("4", "-"));
    }
}

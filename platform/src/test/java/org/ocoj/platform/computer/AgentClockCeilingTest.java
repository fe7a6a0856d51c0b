package org.ocoj.platform.computer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AgentClockCeilingTest {

    private static final long NOW = 1_800_000_000L;
    private static final BigDecimal CEILING = BigDecimal.valueOf(NOW + 86_400); // the clock ran a day ahead

    @Test
    void refusesWhatCanOnlyBeARecordingFromWhileTheClockRanAhead() {
        assertTrue(AgentClockCeiling.refuses(CEILING, BigDecimal.valueOf(NOW + 3600), NOW));
        assertTrue(AgentClockCeiling.refuses(CEILING, CEILING, NOW));
    }

    @Test
    void takesTheCorrectedClockAndAClockStillAheadOfTheCeiling() {
        assertFalse(AgentClockCeiling.refuses(CEILING, BigDecimal.valueOf(NOW), NOW));
        assertFalse(AgentClockCeiling.refuses(CEILING, BigDecimal.valueOf(NOW + AgentClockCeiling.AHEAD_TOLERANCE_SECONDS), NOW));
        assertFalse(AgentClockCeiling.refuses(CEILING, CEILING.add(BigDecimal.ONE), NOW));
        assertFalse(AgentClockCeiling.refuses(null, BigDecimal.valueOf(NOW + 3600), NOW), "no reset, no ceiling");
    }

    @Test
    void isPassedOnceTimeOrTheAgentGoesBeyondIt() {
        assertFalse(AgentClockCeiling.passed(CEILING, BigDecimal.valueOf(NOW), NOW));
        assertTrue(AgentClockCeiling.passed(CEILING, BigDecimal.valueOf(NOW), NOW + 86_401));
        assertTrue(AgentClockCeiling.passed(CEILING, CEILING.add(BigDecimal.ONE), NOW));
        assertFalse(AgentClockCeiling.passed(null, BigDecimal.valueOf(NOW), NOW));
    }
}

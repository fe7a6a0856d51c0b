package org.ocoj.platform.computer;

import java.math.BigDecimal;

/**
 * What {@code oco.computer.reset_agent_clock} leaves behind: the highest agent timestamp accepted while the
 * agent's clock ran ahead. The reset lowers the stored timestamp so the corrected agent is taken again; without a
 * ceiling, every request signed while the clock was ahead (timestamps above the lowered mark) could then be
 * replayed. A request above the server's clock (plus {@link #AHEAD_TOLERANCE_SECONDS}) and not above the ceiling
 * can only be such a request, so it is refused. Once real time or the agent's timestamps pass the ceiling, it is
 * not needed any more and is cleared.
 */
public final class AgentClockCeiling {

    /** How far ahead of the server's clock a corrected agent's clock may still be. */
    public static final long AHEAD_TOLERANCE_SECONDS = 300;

    private AgentClockCeiling() {
    }

    /** Whether a request with this timestamp can only be a replay of one sent while the clock ran ahead. */
    public static boolean refuses(BigDecimal ceiling, BigDecimal timestamp, long nowSeconds) {
        return ceiling != null && timestamp.compareTo(ceiling) <= 0
                && timestamp.compareTo(BigDecimal.valueOf(nowSeconds + AHEAD_TOLERANCE_SECONDS)) > 0;
    }

    /** Whether the ceiling no longer matters: time, or the accepted timestamp, is beyond it. */
    public static boolean passed(BigDecimal ceiling, BigDecimal timestamp, long nowSeconds) {
        return ceiling != null
                && (timestamp.compareTo(ceiling) > 0 || BigDecimal.valueOf(nowSeconds).compareTo(ceiling) > 0);
    }
}

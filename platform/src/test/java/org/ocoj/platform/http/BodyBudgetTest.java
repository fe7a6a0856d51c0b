package org.ocoj.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyBudgetTest {

    private static final long LARGE = 100_000;
    private final BodyBudget budget = new BodyBudget(1_000_000);

    @Test
    void largeBodiesTakeAtMostThreeQuartersSoSmallOnesStillFit() {
        int large = 0;
        while (budget.tryReserve(LARGE)) {
            large++;
        }
        assertEquals(7, large, "700,000 of 1,000,000 bytes: an eighth large body would pass three quarters");
        int small = 0;
        while (budget.tryReserve(BodyBudget.SMALL_BODY_BYTES)) {
            small++;
        }
        assertEquals(4, small, "the small bodies' share holds four 64 KiB bodies beside the large ones");
        assertEquals(700_000 + 4 * BodyBudget.SMALL_BODY_BYTES, budget.reserved());
    }

    @Test
    void releasedBytesCanBeReservedAgain() {
        assertTrue(budget.tryReserve(700_000));
        assertFalse(budget.tryReserve(LARGE));
        budget.release(700_000);
        assertEquals(0, budget.reserved());
        assertTrue(budget.tryReserve(LARGE));
    }

    @Test
    void aBudgetOfNothingIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new BodyBudget(0));
    }
}

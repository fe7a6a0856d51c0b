package org.ocoj.tools.reliability.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void aBrokenPromiseFailsTheScenarioAndIsListedFirst() {
        Outcome outcome = new Outcome("replay");
        outcome.tally().count(200);
        outcome.tally().count(500);
        outcome.tally().count(0);
        outcome.observe("50 copies sent");
        outcome.expect(true, "held", "");
        outcome.expect(false, "exactly one taken", "2 taken");

        ScenarioResult result = outcome.result();

        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("exactly one taken: 2 taken", result.details().get(0));
        assertEquals("50 copies sent", result.details().get(1));
        assertEquals("answers: none×1 200×1 500×1", result.details().get(2));
        assertEquals(3, result.requests());
        assertEquals(1, result.acknowledged());
        assertEquals(1, result.serverErrors());
        assertNull(result.lost());
    }

    @Test
    void everyPromiseHeldIsAPassAndLostCountsAddUp() {
        Outcome outcome = new Outcome("db-stopped");
        outcome.expect(true, "no acknowledged write lost", "");
        outcome.lost(0);
        outcome.lost(0);

        assertEquals(Verdict.PASS, outcome.result().verdict());
        assertEquals(0L, outcome.result().lost());
    }

    @Test
    void aScenarioThatCheckedNothingIsAnErrorNotAPass() {
        Outcome outcome = new Outcome("empty");
        outcome.tally().count(200);

        assertEquals(Verdict.ERROR, outcome.result().verdict());
    }

    @Test
    void aJsonRpcErrorInA200IsAnsweredButNotAcknowledged() {
        Tally tally = new Tally();
        tally.count(200, false);
        tally.count(200, true);

        assertEquals(2, tally.requests());
        assertEquals(1, tally.acknowledged());
        assertEquals(2, tally.status(200));
    }
}

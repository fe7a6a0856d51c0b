package org.ocoj.agent.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc2782OrderTest {
    private static final SrvTarget A = new SrvTarget(10, 0, 443, "a.example.");
    private static final SrvTarget B = new SrvTarget(10, 60, 443, "b.example.");
    private static final SrvTarget C = new SrvTarget(10, 40, 443, "c.example.");
    private static final SrvTarget LOW = new SrvTarget(5, 1, 443, "low.example.");

    @Test
    void lowerPriorityComesFirstWhateverTheWeight() {
        assertEquals(LOW, new Rfc2782Order(bound -> bound).order(List.of(B, C, LOW)).get(0));
    }

    @Test
    void picksByRunningSumOfWeights() {
        // running sums after sorting zero weights first: A=0, B=60, C=100
        assertEquals(List.of(A, B, C), orderWith(List.of(0, 0, 0)));   // 0 → A; then 0 → B; then C
        assertEquals(List.of(B, A, C), orderWith(List.of(1, 0, 0)));   // 1 → B (0 < 1 <= 60)
        assertEquals(List.of(C, A, B), orderWith(List.of(61, 0, 0)));  // 61 → C (60 < 61 <= 100)
    }

    private static List<SrvTarget> orderWith(List<Integer> picks) {
        Deque<Integer> queue = new ArrayDeque<>(picks);
        return new Rfc2782Order(bound -> Math.min(queue.pop(), bound)).order(List.of(B, A, C));
    }
}

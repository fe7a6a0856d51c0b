package org.ocoj.agent.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

/**
 * Orders SRV targets as RFC 2782 says: lowest priority first; within one priority, a weighted random
 * order in which a target's chance to come next is proportional to its weight (weight 0 rarely first).
 * Upstream ignores priority and weight and takes the first answer (SPEC 4.2).
 */
public final class Rfc2782Order {
    private final IntUnaryOperator randomUpTo;

    /**
     * @param randomUpTo returns a uniformly random int in {@code [0, bound]} (inclusive) for {@code bound};
     *                   injectable so tests can pin the choice
     */
    public Rfc2782Order(IntUnaryOperator randomUpTo) {
        this.randomUpTo = randomUpTo;
    }

    public List<SrvTarget> order(List<SrvTarget> targets) {
        TreeMap<Integer, List<SrvTarget>> byPriority = new TreeMap<>();
        targets.forEach(target -> byPriority.computeIfAbsent(target.priority(), p -> new ArrayList<>()).add(target));
        List<SrvTarget> ordered = new ArrayList<>();
        byPriority.values().forEach(group -> ordered.addAll(weighted(group)));
        return ordered;
    }

    private List<SrvTarget> weighted(List<SrvTarget> group) {
        // RFC 2782: zero-weight entries first, then pick by running sum until the group is empty
        List<SrvTarget> remaining = new ArrayList<>(group);
        remaining.sort(Comparator.comparingInt(target -> target.weight() == 0 ? 0 : 1));
        List<SrvTarget> result = new ArrayList<>();
        while (!remaining.isEmpty()) {
            int total = remaining.stream().mapToInt(SrvTarget::weight).sum();
            int pick = randomUpTo.applyAsInt(total);
            int runningSum = 0;
            for (int i = 0; i < remaining.size(); i++) {
                runningSum += remaining.get(i).weight();
                if (runningSum >= pick) {
                    result.add(remaining.remove(i));
                    break;
                }
            }
        }
        return result;
    }
}

package org.ocoj.tools.reliability.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.tools.reliability.suite.Outcome;

/**
 * What a fuzz found, by kind, each with the first few examples (the mutations that caused it and the answer), so
 * a failing row says how to reproduce it; together with the seed the run repeats exactly.
 */
final class Findings {

    static final String SERVER_ERROR = "5xx answers";
    static final String UNANSWERED = "requests without an answer (timeout, reset)";
    static final String FORGERY = "accepted forgeries";
    static final String REPLAY = "accepted replays";
    static final String STATE_CHANGE = "state changes by refused requests";
    static final String SECRET = "answers revealing a secret";
    private static final int EXAMPLES = 3;

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();

    Findings() {
        for (String kind : List.of(SERVER_ERROR, UNANSWERED, FORGERY, REPLAY, STATE_CHANGE, SECRET)) {
            counts.put(kind, 0);
            examples.put(kind, new ArrayList<>());
        }
    }

    void add(String kind, String example) {
        counts.merge(kind, 1, Integer::sum);
        if (examples.get(kind).size() < EXAMPLES) {
            examples.get(kind).add(example.length() > 300 ? example.substring(0, 300) + "…" : example);
        }
    }

    int count(String kind) {
        return counts.get(kind);
    }

    /** One promise per kind: zero of it. */
    void judge(Outcome outcome) {
        counts.forEach((kind, count) -> outcome.expect(count == 0, "0 " + kind, count + ", e.g. "
                + String.join(" | ", examples.get(kind))));
    }
}

package org.ocoj.tools.reliability.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private final List<ScenarioResult> results = List.of(
            new ScenarioResult("db-stopped", Verdict.PASS, 1200, 1100, 0L, 96, Duration.ofMillis(1500),
                    Duration.ofSeconds(40), List.of("answers: 200×1100")),
            new ScenarioResult("fuzz-agent", Verdict.FAIL, 10000, 20, null, 9, null, Duration.ofSeconds(60),
                    List.of("no 5xx: 9 answers 5xx | e.g. timestamp")),
            ScenarioResult.notAvailable("crash", "the crash tool has not landed yet"));

    @Test
    void theTextTableShowsEveryColumnAndWhyARowDidNotPass() {
        String text = ResultTable.text("database: mariadb", results);

        assertTrue(text.contains("scenario  "), text);
        assertTrue(text.matches("(?s).*db-stopped\\s+1200\\s+1100\\s+0\\s+96\\s+1\\.5 s\\s+pass.*"), text);
        assertTrue(text.matches("(?s).*fuzz-agent\\s+10000\\s+20\\s+-\\s+9\\s+-\\s+FAIL.*"), text);
        assertTrue(text.matches("(?s).*crash\\s+-\\s+-\\s+-\\s+-\\s+-\\s+not available.*"), text);
        assertTrue(text.contains("crash: the crash tool has not landed yet"), text);
        assertTrue(text.contains("fuzz-agent: no 5xx: 9 answers 5xx"), text);
    }

    @Test
    void theMarkdownTableHasOneRowPerScenarioAndEscapesPipes() {
        List<String> lines = ResultTable.markdown(results).lines().toList();

        assertEquals(2 + results.size(), lines.size());
        assertEquals("| db-stopped | 1200 | 1100 | 0 | 96 | 1.5 s | pass |  |", lines.get(2));
        assertTrue(lines.get(3).endsWith("| FAIL | no 5xx: 9 answers 5xx \\| e.g. timestamp |"), lines.get(3));
    }
}

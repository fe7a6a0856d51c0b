package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;

/** {@code oco.computer.list} with search/sort/limit/offset (what the UI's list uses) and {@code oco.computer.summary}. */
@ExtendWith(SharedServer.class)
class ComputerPagingIT {

    private final String prefix = "page-" + UUID.randomUUID().toString().substring(0, 8);

    private Map<String, Object> list(Map<String, Object> data) {
        return UiTestSupport.call("oco.computer.list", data);
    }

    @SuppressWarnings("unchecked")
    private static List<String> hostnames(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("computers")).stream().map(c -> (String) c.get("hostname"))
                .collect(Collectors.toList());
    }

    @Test
    void searchSortAndPageTogether() {
        for (String suffix : List.of("b", "a", "c")) {
            UiTestSupport.call("oco.computer.create", Map.of("hostname", prefix + "-" + suffix));
        }

        Map<String, Object> first = list(Map.of("search", prefix, "sort", "-hostname", "limit", 2));
        Map<String, Object> second = list(Map.of("search", prefix, "sort", "-hostname", "limit", 2, "offset", 2));

        assertEquals(3L, ((Number) first.get("total")).longValue());
        assertEquals(List.of(prefix + "-c", prefix + "-b"), hostnames(first));
        assertEquals(List.of(prefix + "-a"), hostnames(second));
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) first.get("computers")).get(0);
        assertEquals(false, row.get("online"), "never contacted");
        assertFalse(row.containsKey("agent_key"));
    }

    @Test
    void searchTreatsWildcardsAsPlainText() {
        UiTestSupport.call("oco.computer.create", Map.of("hostname", prefix + "-x"));
        assertEquals(0L, ((Number) list(Map.of("search", prefix + "%x")).get("total")).longValue());
        assertEquals(0L, ((Number) list(Map.of("search", prefix.replace('-', '_') + "-x")).get("total")).longValue());
        assertEquals(1L, ((Number) list(Map.of("search", prefix + "-x")).get("total")).longValue());
    }

    @Test
    void withoutPagingParametersTheListKeepsItsUpstreamShape() {
        Map<String, Object> all = list(Map.of());
        assertFalse(all.containsKey("total"));
        assertTrue(all.containsKey("groups"));
    }

    @Test
    void badPagingParametersAreRefusedWithAClearError() {
        assertTrue(UiTestSupport.error("oco.computer.list", Map.of("sort", "agent_key"))
                .startsWith("Unknown sort column: agent_key"));
        assertEquals("limit must be between 1 and 1000: 0", UiTestSupport.error("oco.computer.list", Map.of("limit", 0)));
        assertEquals("offset cannot be negative: -1", UiTestSupport.error("oco.computer.list", Map.of("offset", -1)));
    }

    @Test
    void summaryCountsComputersOnlineAndNeverReported() {
        Map<String, Object> before = UiTestSupport.call("oco.computer.summary", Map.of());
        String reporting = prefix + "-agent";
        UiTestSupport.call("oco.computer.create", Map.of("hostname", prefix + "-silent"));
        UiTestSupport.call("oco.computer.create", Map.of("hostname", reporting));
        UiTestSupport.checkIn(reporting);

        Map<String, Object> after = UiTestSupport.call("oco.computer.summary", Map.of());

        assertEquals(number(before, "total") + 2, number(after, "total"));
        assertEquals(number(before, "never_reported") + 1, number(after, "never_reported"));
        assertTrue(number(after, "online") >= 1);
        assertEquals(125L, number(after, "online_window_seconds"));
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) list(Map.of("search", reporting)).get("computers")).get(0);
        assertEquals(true, row.get("online"), "just checked in");
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}

package org.ocoj.platform.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

class CollectionSectionTest {

    private static JsonParams data(String key, Object value) {
        return JsonParams.of(Map.of(key, value), "params.data");
    }

    @Test
    void coercesLenientlyAndSkipsRowsUpstreamSkips() {
        List<Row> rows = CollectionSection.PARTITIONS.rows(data("partitions", List.of(
                Map.of("device", "C:", "size", "1000", "free", new BigDecimal("10.0"), "encrypted", true),
                Map.of("device", "D:", "size", 0))));
        assertEquals(1, rows.size(), "a partition without size is skipped");
        assertEquals(1000L, rows.get(0).values()[3]);
        assertEquals(10L, rows.get(0).values()[4]);
        assertEquals(true, rows.get(0).values()[7]);
    }

    @Test
    void sectionHashIgnoresOrderButNetworksKeepTheirPosition() {
        Map<String, Object> a = Map.of("name", "p1");
        Map<String, Object> b = Map.of("name", "p2");
        assertEquals(Row.sectionHash(CollectionSection.PRINTERS.rows(data("printers", List.of(a, b)))),
                Row.sectionHash(CollectionSection.PRINTERS.rows(data("printers", List.of(b, a)))));
        Map<String, Object> n1 = Map.of("addr", "10.0.0.1", "mac", "aa");
        Map<String, Object> n2 = Map.of("addr", "10.0.0.2", "mac", "bb");
        assertNotEquals(Row.sectionHash(CollectionSection.NETWORKS.rows(data("networks", List.of(n1, n2)))),
                Row.sectionHash(CollectionSection.NETWORKS.rows(data("networks", List.of(n2, n1)))));
    }

    @Test
    void refusesNonObjectRowsNamingThePosition() {
        RequestException e = assertThrows(RequestException.class,
                () -> CollectionSection.SCREENS.rows(data("screens", List.of("x"))));
        assertEquals("params.data.screens[0] must be an object", e.getMessage());
    }
}

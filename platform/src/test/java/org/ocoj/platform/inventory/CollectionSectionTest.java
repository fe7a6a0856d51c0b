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

    @Test
    void numbersOutsideTheirColumnAreRefusedNamingTheField() {
        for (Object size : List.of(new BigDecimal("1e20"), new BigDecimal("1e400"), "1e999999999", "-1e19",
                new java.math.BigInteger("99999999999999999999"))) {
            RequestException e = assertThrows(RequestException.class, () -> CollectionSection.PARTITIONS.rows(
                    data("partitions", List.of(Map.of("device", "C:", "size", size)))));
            assertEquals("params.data.partitions[0].size is out of range: it must be a whole number from "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE, e.getMessage());
        }
        RequestException e = assertThrows(RequestException.class, () -> CollectionSection.DEVICES.rows(
                data("devices", List.of(Map.of("subsystem", "usb", "vendor", 1L << 31)))));
        assertEquals(true, e.getMessage().startsWith("params.data.devices[0].vendor is out of range"));
        assertEquals(0L, CollectionSection.DEVICES.rows(data("devices", List.of(Map.of("subsystem", "usb",
                "vendor", "1d6b")))).get(0).values()[1], "not a number at all: lenient as before");
    }

    @Test
    void aMalformedNetworksMemberIsRefusedNamingIt() {
        RequestException e = assertThrows(RequestException.class, () -> CollectionSection.NETWORKS.rows(
                data("networks", List.of(Map.of("addr", "10.0.0.1"), "garbage"))));
        assertEquals("params.data.networks[1] must be an object", e.getMessage());
        assertThrows(RequestException.class, () -> CollectionSection.NETWORKS.rows(data("networks", "garbage")));
    }

    @Test
    void atMostTenThousandEntriesPerCollection() {
        List<Object> many = java.util.Collections.nCopies(10_001, Map.of("name", "p"));
        RequestException e = assertThrows(RequestException.class, () -> CollectionSection.PRINTERS.rows(
                data("printers", many)));
        assertEquals("params.data.printers has 10001 entries; at most 10000 are accepted", e.getMessage());
        assertEquals(1, CollectionSection.PRINTERS.rows(data("printers", many.subList(0, 10_000))).size());
    }
}

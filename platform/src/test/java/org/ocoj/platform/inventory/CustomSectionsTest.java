package org.ocoj.platform.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

class CustomSectionsTest {

    private static JsonParams update(Object custom) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hostname", "pc-1");
        data.put(CustomSections.MEMBER, custom);
        return JsonParams.of(data, "data");
    }

    @Test
    void anUpdateWithoutTheMemberHasNoCustomSections() {
        assertEquals(Map.of(), CustomSections.parse(JsonParams.of(Map.of("hostname", "pc-1"), "data")));
    }

    @Test
    void keysAreSortedSoTheSameContentHashesTheSame() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", 1);
        a.put("a", 2);
        Map<String, Object> parsed = CustomSections.parse(update(Map.of("health.load", a)));
        assertEquals(List.of("a", "b"), List.copyOf(((Map<?, ?>) parsed.get("health.load")).keySet().stream()
                .map(String::valueOf).toList()));
    }

    @Test
    void refusesBadSectionsInWords() {
        assertEquals("oco-j-custom must be an object of custom sections",
                assertThrows(RequestException.class, () -> CustomSections.parse(update(List.of()))).getMessage());
        assertEquals("oco-j-custom: section key Load is not <plugin-id>.<name> in lower case of at most 40 characters",
                assertThrows(RequestException.class, () -> CustomSections.parse(update(Map.of("Load", Map.of()))))
                        .getMessage());
        assertEquals("oco-j-custom.health.load must be an object, a list or null",
                assertThrows(RequestException.class, () -> CustomSections.parse(update(Map.of("health.load", 5))))
                        .getMessage());
        char[] big = new char[70_000];
        Arrays.fill(big, 'x');
        assertEquals("oco-j-custom.health.load is 70008 bytes, at most 65536", assertThrows(RequestException.class,
                () -> CustomSections.parse(update(Map.of("health.load", Map.of("x", new String(big)))))).getMessage());
    }

    @Test
    void leavesNameMapKeysAndListsForReports() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("load", Map.of("avg1", 0.5));
        content.put("units", List.of("a.service", "b.service"));
        content.put("tpm", true);
        assertEquals(List.of(new CustomSections.Leaf("load.avg1", "0.5", 0.5),
                        new CustomSections.Leaf("units[]", "a.service", null),
                        new CustomSections.Leaf("units[]", "b.service", null),
                        new CustomSections.Leaf("tpm", "true", null)),
                CustomSections.leaves(content));
    }
}

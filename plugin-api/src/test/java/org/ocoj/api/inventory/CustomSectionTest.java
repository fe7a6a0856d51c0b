package org.ocoj.api.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomSectionTest {

    @Test
    void takesJsonShapedMapsAndLists() {
        new CustomSection("uptime", Map.of("seconds", 120, "load", List.of(0.5, 0.25), "ok", true));
        new CustomSection("failed_units", List.of("a.service", Map.of("name", "b.service")));
    }

    @Test
    void refusesWhatTheServerCouldNotStoreWithTheReason() {
        assertEquals("custom section name \"Uptime\" is not lower-case letters, digits, - and _ starting with a letter,"
                + " at most 32 characters",
                assertThrows(IllegalArgumentException.class, () -> new CustomSection("Uptime", Map.of())).getMessage());
        assertEquals("custom section x: content must be a map or a list, not java.lang.String",
                assertThrows(IllegalArgumentException.class, () -> new CustomSection("x", "text")).getMessage());
        assertEquals("custom section x: java.lang.Object at .a[0] is no JSON value",
                assertThrows(IllegalArgumentException.class,
                        () -> new CustomSection("x", Map.of("a", List.of(new Object())))).getMessage());
    }
}

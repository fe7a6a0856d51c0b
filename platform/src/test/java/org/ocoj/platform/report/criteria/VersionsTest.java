package org.ocoj.platform.report.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void ordersNumericRunsAsNumbers() {
        List<String> versions = new ArrayList<>(List.of("1.10", "1.9", "1.2.3", "139.0.1", "139.0", "2", "1.0rc1", "1.0"));
        versions.sort(Versions.ORDER);
        assertEquals(List.of("1.0rc1", "1.0", "1.2.3", "1.9", "1.10", "2", "139.0", "139.0.1"), versions);
    }

    @Test
    void treatsLeadingZerosAndSeparatorsAlike() {
        assertEquals(0, Versions.compare("1.01", "1.1"));
        assertEquals(0, Versions.compare("10.0-22631", "10.0.22631"));
        assertTrue(Versions.compare("2:1.2-3", "1:9") > 0);
        assertTrue(Versions.compare("", "0") < 0);
    }
}

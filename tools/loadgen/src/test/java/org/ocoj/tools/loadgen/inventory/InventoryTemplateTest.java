package org.ocoj.tools.loadgen.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;

class InventoryTemplateTest {

    private final InventoryTemplate template = InventoryTemplate.load(null);
    private final SimulatedAgent first = new SimulatedAgent(1, "lg-1", "k", null);
    private final SimulatedAgent second = new SimulatedAgent(2, "lg-2", "k", null);

    @Test
    void bundledCaptureIsTheUpstream805PackageUpdate() {
        assertEquals(805, template.packageCount());
    }

    @Test
    void consecutiveVersionsDifferInAboutFivePercentOfThePackages() {
        Set<String> base = template.expected(first, 0).packages();
        Set<String> changed = template.expected(first, 1).packages();
        Set<String> removed = new HashSet<>(base);
        removed.removeAll(changed);
        double share = removed.size() / (double) base.size();
        assertTrue(share > 0.04 && share < 0.06, "changed share " + share);
        assertEquals(base, template.expected(first, 2).packages());
    }

    @Test
    void agentsDifferInIdentityAddressesAndPackages() {
        ExpectedInventory a = template.expected(first, 0);
        ExpectedInventory b = template.expected(second, 0);
        assertNotEquals(a.general().get("serial"), b.general().get("serial"));
        assertNotEquals(a.networks(), b.networks());
        assertNotEquals(a.packages(), b.packages());
        assertTrue(a.packages().size() > 790, "most packages kept: " + a.packages().size());
    }

    @Test
    void helloCarriesTheUpdatesNetworksAndNoForcedUpdate() {
        String hello = template.helloJson(first);
        assertTrue(hello.contains("\"force_update\": false"), hello);
        assertTrue(template.updateJson(first, 0).contains(hello.substring(hello.indexOf("\"networks\": ["),
                hello.indexOf("]", hello.indexOf("\"networks\": [")) + 1)));
        assertFalse(hello.contains("192.0.2.2"));
    }
}

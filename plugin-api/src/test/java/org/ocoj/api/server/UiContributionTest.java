package org.ocoj.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UiContributionTest {

    @Test
    void pagesAndPanelsNamePlainRelativeModules() {
        assertEquals("rules.js", new UiContribution.Page("rules", "Event rules", "rules.js").module());
        assertEquals("panels/events.js", new UiContribution.Panel("Events", "panels/events.js").module());
        assertEquals("recent.js", new UiContribution.Widget("Recent events", "recent.js").module());
        assertEquals("wake", new UiContribution.ComputerAction("wake", "Wake up", "wake-selected.js").id());
    }

    @Test
    void modulesOutsideThePluginsFolderAreRefusedAtDeclaration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UiContribution.Page("rules", "Rules", "../../platform.js"));
        assertEquals("module must be a relative path of letters, digits, '.', '_', '-', '/': ../../platform.js",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UiContribution.Page("a b", "Rules", "rules.js"));
        assertThrows(IllegalArgumentException.class, () -> new UiContribution.Panel("Events", null));
        assertThrows(IllegalArgumentException.class, () -> new UiContribution.Widget("Events", "../x.js"));
        assertThrows(IllegalArgumentException.class, () -> new UiContribution.ComputerAction("a b", "Wake", "w.js"));
    }
}

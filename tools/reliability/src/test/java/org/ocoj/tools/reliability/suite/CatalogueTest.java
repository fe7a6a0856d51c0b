package org.ocoj.tools.reliability.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void scenarioNamesAreUniqueAndWrittenLikeOptions() {
        List<String> names = Catalogue.all().stream().map(Scenario::name).toList();

        assertEquals(names.size(), new HashSet<>(names).size(), names.toString());
        names.forEach(name -> assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*"), name));
    }

    @Test
    void aSelectionTakesNamesOrPartsOfNamesInCatalogueOrder() {
        List<String> chosen = Catalogue.select(" secrets, replay ").stream().map(Scenario::name).toList();

        assertEquals(List.of("replay", "secrets"), chosen);
        assertEquals(Catalogue.all().size(), Catalogue.select(null).size());
    }

    @Test
    void aSelectionMatchingNothingNamesTheKnownScenarios() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalogue.select("nope"));

        assertTrue(e.getMessage().contains("replay"), e.getMessage());
    }
}

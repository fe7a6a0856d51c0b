package org.ocoj.platform.report.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.RequestException;

class CriteriaParserTest {

    private static String rejection(Object criteria) {
        RequestException e = assertThrows(RequestException.class, () -> CriteriaParser.parse(criteria, "criteria"));
        assertEquals(RequestException.Kind.INVALID, e.kind());
        return e.getMessage();
    }

    @Test
    void rejectsFieldsOutsideTheWhitelistSuchAsKeysAndPasswords() {
        for (String secret : List.of("agent_key", "server_key", "pending_agent_key", "section_hashes", "secret")) {
            assertTrue(rejection(Map.of("field", secret, "op", "is_empty")).startsWith("criteria.field: unknown field"));
        }
        assertTrue(rejection(Map.of("exists", "password")).contains("unknown collection \"password\""));
        assertTrue(rejection(Map.of("exists", "software", "where", Map.of("field", "os", "op", "is_empty")))
                .contains("criteria.where.field: unknown field \"os\" for software"));
    }

    @Test
    void rejectsUnknownOperatorsAndOperatorsOfAnotherType() {
        assertTrue(rejection(Map.of("field", "os", "op", "LIKE")).contains("unknown operator \"LIKE\""));
        assertTrue(rejection(Map.of("field", "ram", "op", "contains", "value", "1")).contains("does not apply to ram"));
        assertTrue(rejection(Map.of("field", "os", "op", "is_duplicate")).contains("identifying fields"));
    }

    @Test
    void rejectsValuesOfTheWrongType() {
        assertTrue(rejection(Map.of("field", "os", "op", "equals", "value", 5)).endsWith("must be a string"));
        assertTrue(rejection(Map.of("field", "ram", "op", "lt", "value", "4G")).endsWith("must be a number"));
        assertTrue(rejection(Map.of("field", "last_ping", "op", "older_than_days", "value", -1)).contains("days"));
        assertTrue(rejection(Map.of("field", "last_ping", "op", "older_than_days", "value", new BigDecimal("1.5")))
                .endsWith("whole number"));
        assertTrue(rejection(Map.of("field", "os", "op", "equals")).contains("needs a value"));
        assertTrue(rejection(Map.of("field", "os", "op", "is_empty", "value", "x")).contains("takes no value"));
        assertTrue(rejection(Map.of("field", "os", "op", "equals", "value", "x".repeat(501))).contains("at most 500"));
    }

    @Test
    void rejectsARegexThatDoesNotCompile() {
        assertTrue(rejection(Map.of("field", "hostname", "op", "regex", "value", "([a-z")).contains("not a valid regular expression"));
    }

    @Test
    void rejectsMalformedStructure() {
        assertTrue(rejection(List.of()).endsWith("must be an object"));
        assertTrue(rejection(Map.of("all", "x")).endsWith("must be an array"));
        assertTrue(rejection(Map.of("field", "os", "op", "is_empty", "sql", "1=1")).contains("unexpected key \"sql\""));
        assertTrue(rejection(Map.of("nope", 1)).contains("must have one of"));
        assertTrue(rejection(Map.of("exists", "software", "where", Map.of("exists", "network"))).contains("nested"));
        Object deep = Map.of("field", "os", "op", "is_empty");
        for (int i = 0; i < 10; i++) {
            deep = Map.of("not", deep);
        }
        assertTrue(rejection(deep).contains("deeper than"));
    }

    @Test
    void countsTakeAComparisonAndAWholeNumberAndReadBack() {
        Map<String, Object> where = Map.of("field", "name", "op", "equals", "value", "firefox-esr");
        assertTrue(rejection(Map.of("count", "software", "op", "contains", "value", 1)).contains("equals, not_equals, lt or gt"));
        assertTrue(rejection(Map.of("count", "software", "op", "gt", "value", -1)).contains("cannot be negative"));
        assertTrue(rejection(Map.of("count", "software", "op", "gt", "value", 1.5)).endsWith("whole number"));
        assertTrue(rejection(Map.of("count", "software", "op", "gt")).contains("needs a value"));
        assertTrue(rejection(Map.of("count", "service", "op", "gt", "value", 1)).contains("unknown collection \"service\""),
                "plugin scopes are unknown unless a catalog offers them");
        assertTrue(rejection(Map.of("exists", "software", "where", Map.of("count", "network", "op", "gt", "value", 1)))
                .contains("nested"));
        Criterion count = CriteriaParser.parse(Map.of("count", "software", "where", where, "op", "lt", "value", 2), "criteria");
        assertEquals(count, CriteriaParser.parse(CriteriaText.json(count), "criteria"));
        assertEquals("number of software where name = \"firefox-esr\" < 2", CriteriaText.render(count));
    }

    @Test
    void storedJsonReadsBackToTheSameCriteriaAndRendersReadably() {
        Object json = Map.of("all", List.of(
                Map.of("field", "os", "op", "contains", "value", "Windows"),
                Map.of("any", List.of(Map.of("field", "ram", "op", "lt", "value", 4294967296L),
                        Map.of("not_exists", "partition", "where", Map.of("field", "encrypted", "op", "equals", "value", true)))),
                Map.of("field", "last_ping", "op", "older_than_days", "value", 30)));
        Criterion criterion = CriteriaParser.parse(json, "criteria");

        assertEquals(criterion, CriteriaParser.parse(CriteriaText.json(criterion), "criteria"));
        assertEquals("os contains \"Windows\" and (ram < 4294967296 or has no partition where encrypted = true) "
                + "and last_ping older than 30 days", CriteriaText.render(criterion));
    }
}

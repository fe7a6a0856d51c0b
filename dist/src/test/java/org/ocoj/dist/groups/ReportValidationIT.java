package org.ocoj.dist.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;

/** Bad report input over HTTP: each mistake is -32001 (or -32003) with a clear message, and nothing is stored. */
@ExtendWith(SharedServer.class)
class ReportValidationIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    private static Map<String, Object> report(Object criteria) {
        return Map.of("name", "bad", "criteria", criteria);
    }

    private long create(Map<String, Object> data) {
        return ((Number) api.<Map<String, Object>>data("oco.report.create", data).get("id")).longValue();
    }

    @Test
    void badCriteriaAreRefusedWithTheirPathAndNothingIsStored() {
        long reports = server.database.count("SELECT COUNT(*) FROM report");
        Map<Object, String> cases = Map.of(
                Map.of("field", "agent_key", "op", "is_empty"), "criteria.field: unknown field \"agent_key\"",
                Map.of("field", "os", "op", "DROP"), "criteria.op: unknown operator \"DROP\"",
                Map.of("field", "hostname", "op", "regex", "value", "(unclosed"), "not a valid regular expression",
                Map.of("field", "ram", "op", "gt", "value", "lots"), "criteria.value: must be a number",
                Map.of("all", List.of(Map.of("exists", "computer_password"))), "criteria.all[0].exists: unknown collection",
                Map.of("field", "os", "op", "equals", "value", "x", "sql", "1=1"), "unexpected key \"sql\"");
        cases.forEach((criteria, message) -> {
            ClientApi.Reply reply = api.call("oco.report.create", report(criteria));
            assertEquals(-32001, reply.errorCode(), reply.body());
            assertTrue(reply.errorMessage().contains(message), reply.errorMessage());
        });
        assertEquals(-32001, api.call("oco.report.create", Map.of("name", "no criteria")).errorCode());
        assertEquals(-32001, api.call("oco.report.create", Map.of("name", "x".repeat(201), "criteria", Map.of("all", List.of()))).errorCode());
        assertEquals(-32001, api.call("oco.report.create", Map.of("name", "c", "criteria", Map.of("all", List.of()),
                "columns", List.of("agent_key"))).errorCode());
        assertEquals(-32003, api.call("oco.report.create", Map.of("name", "g", "criteria", Map.of("all", List.of()),
                "report_group_id", 987654)).errorCode());
        assertEquals(reports, server.database.count("SELECT COUNT(*) FROM report"));
    }

    @Test
    void anInjectionValueIsInertAndNoReportReadsKeys() {
        long computers = server.database.count("SELECT COUNT(*) FROM computer");
        long id = create(report(Map.of("any", List.of(
                Map.of("field", "hostname", "op", "equals", "value", "x' OR '1'='1"),
                Map.of("field", "os", "op", "contains", "value", "'; DELETE FROM computer; --")))));
        assertEquals(List.of(), api.data("oco.report.run", Map.of("id", id)));
        assertEquals(computers, server.database.count("SELECT COUNT(*) FROM computer"));

        Fleet fleet = Fleet.build(server, 1, 0);
        String agentKey = fleet.agents.get(0).agentKey;
        long all = create(Map.of("name", "everything", "criteria", Map.of("all", List.of()),
                "columns", List.of("hostname", "uid", "notes", "serial")));
        String rows = Json.write(api.data("oco.report.run", Map.of("id", all)));
        String csv = Json.at(api.data("oco.report.run", Map.of("id", all, "format", "csv")), "csv");
        String listed = Json.write(api.data("oco.computer.list", Map.of("report_id", all)));
        assertTrue(rows.contains(fleet.agents.get(0).hostname));
        for (String output : List.of(rows, csv, listed)) {
            assertFalse(output.contains(agentKey), "no report output holds an agent key");
            assertFalse(output.contains("agent_key") || output.contains("server_key"));
        }
        assertEquals(-32001, api.call("oco.report.run", Map.of("id", all, "order_by", "agent_key")).errorCode());
        assertEquals(-32001, api.call("oco.report.run", Map.of("id", all, "limit", 0)).errorCode());
        assertEquals(-32001, api.call("oco.report.run", Map.of("id", all, "format", "xml")).errorCode());
    }
}

package org.ocoj.dist.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;

/**
 * Reports over 300 computers registered through the agent protocol from the captures, with variations
 * ({@link ReportFleet}): every operator of every field type, plugin fields (services, events), counts, group
 * nesting, reports used as groups, CSV, the predefined reports, report groups, and that no report can read
 * keys or passwords. Expected results come from the fleet's model, never from the server.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFleetIT {

    private static final int SIZE = 300;
    private static final int PRE_REGISTERED = 20;
    private static final long GIB = ReportFleet.GIB;

    private SharedServer.Running server;
    private ClientApi api;
    private ReportFleet fleet;

    @BeforeAll
    void fleet() throws Exception {
        server = SharedServer.get();
        api = server.clientApi();
        fleet = ReportFleet.build(server, SIZE, PRE_REGISTERED);
    }

    private long create(String method, Map<String, Object> data) {
        return ((Number) api.<Map<String, Object>>data(method, data).get("id")).longValue();
    }

    private static List<Long> ids(List<Map<String, Object>> rows, String key) {
        return rows.stream().map(r -> ((Number) r.get(key)).longValue()).sorted().collect(Collectors.toList());
    }

    /** Creates a report limited to the fleet and runs it. */
    private List<Long> run(Map<String, Object> criteria) {
        long id = create("oco.report.create", Map.of("name", fleet.prefix + " " + criteria.hashCode(),
                "criteria", fleet.scoped(criteria)));
        return runReport(id);
    }

    private List<Long> runReport(long id) {
        return ids(api.data("oco.report.run", Map.of("id", id, "limit", 100000)), "computer_id");
    }

    /** The fleet's part of a report's result (predefined reports see every computer of the shared server). */
    private List<Long> ownPart(long reportId) {
        Set<Long> own = new HashSet<>(fleet.where(i -> true, true));
        return runReport(reportId).stream().filter(own::contains).collect(Collectors.toList());
    }

    private static Map<String, Object> cond(String field, String op, Object value) {
        return Map.of("field", field, "op", op, "value", value);
    }

    private static Map<String, Object> cond(String field, String op) {
        return Map.of("field", field, "op", op);
    }

    private static Map<String, Object> exists(String scope, Object where) {
        return Map.of("exists", scope, "where", where);
    }

    private static Map<String, Object> count(String scope, Object where, String op, long value) {
        return where == null ? Map.of("count", scope, "op", op, "value", value)
                : Map.of("count", scope, "where", where, "op", op, "value", value);
    }

    private static Map<String, Object> all(Object... items) {
        return Map.of("all", List.of(items));
    }

    @Test
    void textOperators() {
        assertEquals(fleet.where(i -> i % 3 == 1), run(cond("os", "equals", "ubuntu")), "equals follows the collation");
        assertEquals(fleet.where(i -> i % 3 != 1, true), run(cond("os", "not_equals", "Ubuntu")),
                "not_equals also matches computers without a value");
        assertEquals(fleet.where(i -> i % 3 == 2), run(cond("os", "contains", "WINDOWS")));
        assertEquals(fleet.where(i -> i % 3 == 2), run(cond("os_version", "starts_with", "10.0.")));
        assertEquals(fleet.where(i -> i % 3 == 1), run(cond("os_version", "ends_with", ".04")));
        assertEquals(fleet.where(i -> i % 3 == 0), run(cond("os_version", "regex", "^1[12]$")));
        assertEquals(fleet.where(i -> i % 3 == 2 || i % 3 == 0 && i % 2 == 0), run(cond("os_version", "version_lt", "12")),
                "10.0.x and 11 are below 12, 22.04 is not");
        assertEquals(fleet.where(i -> i % 5 != 0), run(cond("agent_version", "version_gt", "1.1.5")));
        assertEquals(fleet.where(i -> i % 25 == 7 && i % 100 >= 2, true), run(cond("serial", "is_empty")));
        assertEquals(fleet.where(i -> i % 25 != 7 || i % 100 < 2), run(cond("serial", "not_empty")));
        assertEquals(fleet.where(i -> i % 100 < 2), run(cond("serial", "is_duplicate")), "empty serials never count");
        assertEquals(fleet.where(i -> i % 100 == 2 || i % 100 == 3), run(exists("network", cond("mac", "is_duplicate"))));
        assertEquals(fleet.where(i -> i / 50 == 3), run(exists("network", cond("address", "starts_with", "10.88.3."))),
                "a subnet");
        assertEquals(fleet.where(i -> i % 3 == 1 && i % 2 == 1), run(all(cond("model", "equals", "Model B"),
                cond("os_version", "equals", "24.04"))));
    }

    @Test
    void numberTimeAndYesNoOperators() {
        assertEquals(fleet.where(i -> ReportFleet.ram(i) == 8 * GIB), run(cond("ram", "equals", 8 * GIB)));
        assertEquals(fleet.where(i -> ReportFleet.ram(i) != 8 * GIB, true), run(cond("ram", "not_equals", 8 * GIB)));
        assertEquals(fleet.where(i -> i % 10 == 0), run(cond("ram", "lt", 4 * GIB)));
        assertEquals(fleet.where(i -> ReportFleet.ram(i) > 12 * GIB), run(cond("ram", "gt", 12 * GIB)));
        assertEquals(fleet.preRegisteredIds, run(cond("ram", "is_empty")));
        assertEquals(fleet.where(i -> true), run(cond("ram", "not_empty")));

        assertEquals(fleet.where(ReportFleet::stale), run(cond("last_ping", "older_than_days", 30)));
        assertEquals(fleet.where(i -> !ReportFleet.stale(i)), run(cond("last_ping", "within_days", 1)));
        assertEquals(fleet.preRegisteredIds, run(cond("last_update", "is_empty")));
        assertEquals(fleet.where(i -> true), run(cond("last_update", "not_empty")));

        assertEquals(fleet.where(ReportFleet::encrypted), run(exists("partition", cond("encrypted", "equals", true))));
        assertEquals(fleet.where(i -> !ReportFleet.encrypted(i)), run(exists("partition", cond("encrypted", "not_equals", true))));
        List<Long> notForced = run(cond("force_update", "not_equals", true));
        assertEquals(fleet.where(i -> true), notForced.stream().filter(id -> !fleet.preRegisteredIds.contains(id))
                .collect(Collectors.toList()), "no agent is forced to update");
    }

    @Test
    void collectionsCountsAndCombinations() {
        assertEquals(fleet.where(i -> i % 4 == 2), run(exists("software", all(cond("name", "equals", "firefox-esr"),
                cond("version", "version_gt", "128.5")))), "128.10 > 128.5 > 128.3");
        assertEquals(fleet.where(i -> i % 4 == 0), run(exists("software", all(cond("name", "equals", "firefox-esr"),
                cond("version", "version_lt", "128")))));
        assertEquals(fleet.where(i -> i % 4 == 3, true), run(Map.of("not_exists", "software",
                "where", cond("name", "equals", "firefox-esr"))), "a given software missing");
        assertEquals(fleet.where(i -> i % 4 == 3, true), run(count("software", cond("name", "equals", "firefox-esr"), "equals", 0)));
        // the captured packages kept, plus openssh-server on even computers, plus firefox-esr unless i % 4 == 3
        int base = ReportFleet.BASE_SOFTWARE;
        assertEquals(fleet.where(i -> true), run(count("software", null, "gt", base - 1)));
        assertEquals(fleet.where(i -> i % 2 == 0), run(count("software", null, "equals", base + 2)));
        assertEquals(fleet.where(i -> i % 4 == 3, true), run(count("software", null, "lt", base + 1)));
        assertEquals(fleet.where(i -> i % 2 == 0 || i % 4 == 3, true), run(count("software", null, "not_equals", base + 1)));
        assertEquals(fleet.where(i -> i % 3 == 2 && (i % 4 == 3 || i % 10 == 0)),
                run(all(cond("os", "contains", "windows"), Map.of("any", List.of(
                        Map.of("not_exists", "software", "where", cond("name", "equals", "firefox-esr")),
                        cond("ram", "lt", 4 * GIB))))));
        assertEquals(fleet.where(i -> i % 3 != 2, true), run(Map.of("not", cond("os", "contains", "windows"))),
                "computers without inventory have an empty os, which does not contain windows");
    }

    @Test
    void pluginFieldsServicesAndEventCounts() {
        Map<String, Object> recentErrors = all(cond("level", "equals", 2), cond("time", "within_days", 7));
        assertEquals(fleet.where(i -> i % 7 == 0), run(exists("service", all(cond("name", "equals", "Disk root"),
                cond("state", "equals", "CRIT")))));
        assertEquals(fleet.where(i -> i % 7 < 2), run(exists("service", cond("status", "gt", 0))));
        assertEquals(fleet.where(i -> !ReportFleet.backup(i), true), run(Map.of("not_exists", "service",
                "where", cond("name", "equals", "Backup"))));
        assertEquals(fleet.where(i -> true), run(exists("service", cond("changed", "within_days", 1))));
        assertEquals(fleet.where(i -> ReportFleet.recentErrors(i) > 10), run(count("event", recentErrors, "gt", 10)));
        assertEquals(fleet.where(i -> ReportFleet.recentErrors(i) == 3), run(count("event", recentErrors, "equals", 3)));
        assertEquals(fleet.where(i -> ReportFleet.recentErrors(i) < 5, true), run(count("event", recentErrors, "lt", 5)));
        assertEquals(fleet.where(i -> i % 10 < 3), run(count("event", null, "not_equals", 0)));
        assertEquals(fleet.where(i -> i % 10 == 2), run(exists("event", all(cond("data", "contains", "old error"),
                cond("time", "older_than_days", 10)))));

        Map<String, Object> fields = api.data("oco.report.fields", Map.of());
        List<Map<String, Object>> scopes = Json.at(fields, "scopes");
        Map<String, Object> service = scopes.stream().filter(s -> "service".equals(s.get("name"))).findFirst().orElseThrow();
        assertEquals("checkmk-services", service.get("plugin"));
        assertTrue(scopes.stream().anyMatch(s -> "event".equals(s.get("name")) && "event-monitoring".equals(s.get("plugin"))));
        assertEquals("computer", scopes.get(0).get("name"));
    }

    @Test
    void aDisabledPluginsFieldsAreUnknownAndItsReportsCannotRun() {
        Map<String, Object> crit = fleet.scoped(exists("service", cond("state", "equals", "CRIT")));
        long report = create("oco.report.create", Map.of("name", fleet.prefix + " critical services", "criteria", crit));
        api.data("oco.plugin.disable", Map.of("id", "checkmk-services"));
        try {
            ClientApi.Reply refused = api.call("oco.report.create", Map.of("name", fleet.prefix + " x", "criteria", crit));
            assertEquals(-32001, refused.errorCode());
            assertTrue(refused.errorMessage().contains("unknown collection \"service\""), refused.errorMessage());
            ClientApi.Reply cannotRun = api.call("oco.report.run", Map.of("id", report));
            assertEquals(-32001, cannotRun.errorCode());
            assertTrue(cannotRun.errorMessage().contains("cannot be used now"), cannotRun.errorMessage());
            assertEquals(-32001, api.call("oco.computer.list", Map.of("report_id", report)).errorCode());
            Map<String, Object> listed = api.data("oco.report.get", Map.of("id", report));
            assertTrue(((String) listed.get("query")).startsWith("unavailable"), listed.toString());
            assertTrue(Json.<List<Map<String, Object>>>at(api.data("oco.report.list", Map.of()), "reports").stream()
                    .anyMatch(r -> ((Number) r.get("id")).longValue() == report), "still listed");
            List<Map<String, Object>> scopes = Json.at(api.data("oco.report.fields", Map.of()), "scopes");
            assertFalse(scopes.stream().anyMatch(s -> "service".equals(s.get("name"))));
        } finally {
            api.data("oco.plugin.enable", Map.of("id", "checkmk-services"));
        }
        assertEquals(fleet.where(i -> i % 7 == 0), runReport(report));
    }

    @Test
    void nestedGroupsAndReportsServeAsSelections() {
        long site = create("oco.computer_group.create", Map.of("name", fleet.prefix + " Site"));
        long floor = create("oco.computer_group.create", Map.of("name", "Floor", "parent_computer_group_id", site));
        long room = create("oco.computer_group.create", Map.of("name", "Room", "parent_computer_group_id", floor));
        for (int i = 0; i < 30; i++) {
            long group = i < 10 ? site : i < 20 ? floor : room;
            api.data("oco.computer.add_to_group", Map.of("computer_id", fleet.ids[i], "computer_group_id", group));
        }
        assertEquals(-32001, api.call("oco.computer_group.move", Map.of("id", site, "parent_computer_group_id", room)).errorCode());
        Map<String, Object> listed = api.data("oco.computer.list", Map.of("computer_group_id", floor));
        assertEquals(fleet.where(i -> i >= 10 && i < 20), ids(Json.at(listed, "computers"), "id"));
        assertEquals(List.of("Room"), Json.<List<Map<String, Object>>>at(listed, "groups").stream()
                .map(g -> g.get("name")).collect(Collectors.toList()));
        assertEquals(Map.of("computers", 20), api.data("oco.computer.force_update", Map.of("computer_group_id", floor)));
        assertEquals(Map.of("computers", 10), api.data("oco.computer.force_update",
                Map.of("computer_group_id", site, "recursive", false, "force", false)));
        assertEquals(fleet.where(i -> i >= 20 && i < 30), run(exists("group", cond("name", "equals", "Room"))));
        assertEquals(fleet.where(i -> i >= 10 && i < 20), run(all(exists("group", cond("id", "equals", floor)),
                cond("force_update", "equals", true))));
        api.data("oco.computer.force_update", Map.of("computer_group_id", site, "force", false));

        long windows = create("oco.report.create", Map.of("name", fleet.prefix + " Windows",
                "criteria", fleet.scoped(cond("os", "contains", "windows")), "columns", List.of("hostname", "os_version")));
        Map<String, Object> dynamic = api.data("oco.computer.list", Map.of("report_id", windows));
        assertEquals(fleet.prefix + " Windows", dynamic.get("name"));
        assertEquals(fleet.where(i -> i % 3 == 2), ids(Json.at(dynamic, "computers"), "id"));
        assertEquals(Map.of("computers", SIZE / 3), api.data("oco.computer.force_update", Map.of("report_id", windows)));
        assertEquals(fleet.where(i -> i % 3 == 2), run(cond("force_update", "equals", true)));
        api.data("oco.computer.force_update", Map.of("report_id", windows, "force", false));
        api.data("oco.computer_group.remove", Map.of("id", site, "force", true));
    }

    @Test
    void reportsArePagedAndExportedAsCsv() {
        long id = create("oco.report.create", Map.of("name", fleet.prefix + " Ubuntu", "criteria",
                fleet.scoped(cond("os", "equals", "Ubuntu")), "columns", List.of("hostname", "ram", "serial", "os_version")));
        List<Map<String, Object>> page = api.data("oco.report.run",
                Map.of("id", id, "order_by", "hostname", "order", "desc", "limit", 2, "offset", 1));
        assertEquals(List.of(fleet.prefix + "-295", fleet.prefix + "-292"),
                page.stream().map(r -> r.get("hostname")).collect(Collectors.toList()));
        String csv = Json.at(api.data("oco.report.run", Map.of("id", id, "format", "csv", "order_by", "hostname")), "csv");
        String[] lines = csv.split("\r\n");
        assertEquals("computer_id,hostname,ram,serial,os_version", lines[0]);
        assertEquals(SIZE / 3 + 1, lines.length);
        assertEquals(fleet.ids[1] + "," + fleet.prefix + "-001," + 8 * GIB + "," + fleet.serial(1) + ",24.04", lines[1]);
        assertEquals(-32001, api.call("oco.report.run", Map.of("id", id, "format", "xml")).errorCode());
        assertEquals(-32001, api.call("oco.report.run", Map.of("id", id, "order_by", "agent_key")).errorCode());
    }

    @Test
    void predefinedReports() {
        assertEquals(fleet.where(ReportFleet::stale, true), ownPart(1));
        assertEquals(fleet.preRegisteredIds, ownPart(2));
        assertEquals(fleet.where(i -> i % 6 == 0 && i % 12 != 0), ownPart(3));
        assertEquals(fleet.where(i -> i % 100 < 2), ownPart(4));
        assertEquals(fleet.where(i -> i % 100 == 2 || i % 100 == 3), ownPart(5));
        assertEquals(fleet.where(i -> !ReportFleet.encrypted(i)), ownPart(6));
        assertEquals(fleet.where(i -> i % 10 == 0), ownPart(7));
        assertEquals(fleet.where(i -> ReportFleet.diskState(i).equals("2")), ownPart(8), "critical services");
        assertEquals(fleet.where(i -> ReportFleet.recentErrors(i) > 0), ownPart(9), "critical events (7 days)");
    }

    @Test
    void noReportCanReadKeysOrPasswords() {
        for (String secret : List.of("agent_key", "server_key", "pending_agent_key", "password", "password_hash", "secret")) {
            ClientApi.Reply field = api.call("oco.report.create", Map.of("name", "x", "criteria", cond(secret, "not_empty")));
            assertEquals(-32001, field.errorCode(), secret);
            assertTrue(field.errorMessage().contains("unknown field"), field.errorMessage());
            assertEquals(-32001, api.call("oco.report.create", Map.of("name", "x", "criteria", Map.of("all", List.of()),
                    "columns", List.of("hostname", secret))).errorCode(), secret);
        }
        for (String collection : List.of("computer_password", "password", "admin", "setting")) {
            assertEquals(-32001, api.call("oco.report.create", Map.of("name", "x",
                    "criteria", Map.of("exists", collection))).errorCode(), collection);
        }
        ClientApi.Reply injected = api.call("oco.report.create", Map.of("name", "x", "criteria",
                Map.of("exists", "service", "where", cond("name) OR 1=1 --", "equals", "x"))));
        assertEquals(-32001, injected.errorCode());

        String secrets = server.database.string("SELECT GROUP_CONCAT(CONCAT_WS(' ', agent_key, server_key, "
                + "pending_agent_key) SEPARATOR ' ') FROM computer WHERE hostname LIKE ?", fleet.prefix + "-%");
        String passwords = server.database.string("SELECT GROUP_CONCAT(CONCAT_WS(' ', p.iv, p.secret) SEPARATOR ' ') "
                + "FROM computer_password p JOIN computer c ON c.id = p.computer_id WHERE c.hostname LIKE ?", fleet.prefix + "-%");
        List<String> forbidden = new ArrayList<>();
        for (String value : (secrets + " " + passwords).split(" ")) {
            if (value.length() >= 16) {
                forbidden.add(value);
            }
        }
        assertTrue(forbidden.size() >= SIZE, "the fleet's keys and passwords were read: " + forbidden.size());
        List<String> fields = Json.at(api.data("oco.report.fields", Map.of()), "columns");
        for (int from = 0; from < fields.size(); from += 20) {
            List<String> columns = fields.subList(from, Math.min(fields.size(), from + 20));
            long id = create("oco.report.create", Map.of("name", fleet.prefix + " all fields " + from,
                    "criteria", fleet.scoped(Map.of("all", List.of())), "columns", columns));
            for (String format : List.of("json", "csv")) {
                ClientApi.Reply reply = api.call("oco.report.run", Map.of("id", id, "format", format, "limit", 100000));
                String body = reply.body();
                int rows = format.equals("json") ? reply.<List<?>>data().size()
                        : Json.<String>at(reply.<Map<String, Object>>data(), "csv").split("\r\n").length - 1;
                assertEquals(SIZE + PRE_REGISTERED, rows, "the whole fleet was read");
                for (String secret : forbidden) {
                    assertFalse(body.contains(secret), "a report output holds a key or password");
                }
            }
        }
    }

    @Test
    void reportGroupsFormATreeAndHoldReports() {
        long top = create("oco.report_group.create", Map.of("name", fleet.prefix + " Security"));
        long sub = create("oco.report_group.create", Map.of("name", "Patches", "parent_report_group_id", top));
        long report = create("oco.report.create", Map.of("name", fleet.prefix + " old firefox", "report_group_id", sub,
                "criteria", fleet.scoped(exists("software", all(cond("name", "equals", "firefox-esr"),
                        cond("version", "version_lt", "128"))))));
        Map<String, Object> listed = api.data("oco.report.list", Map.of("report_group_id", sub));
        assertEquals("Patches", listed.get("name"));
        assertEquals(List.of(report), ids(Json.at(listed, "reports"), "id"));
        assertEquals(List.of(sub), ids(Json.at(api.data("oco.report.list", Map.of("report_group_id", top)), "groups"), "id"));

        long audits = server.database.count("SELECT COUNT(*) FROM audit_entry");
        assertEquals(-32001, api.call("oco.report_group.move", Map.of("id", top, "parent_report_group_id", sub)).errorCode());
        assertEquals(-32001, api.call("oco.report_group.create", Map.of("name", "Patches", "parent_report_group_id", top)).errorCode());
        assertEquals(-32001, api.call("oco.report_group.remove", Map.of("id", top)).errorCode());
        assertEquals(-32001, api.call("oco.report_group.remove", Map.of("id", 1, "force", true)).errorCode());
        assertEquals(-32001, api.call("oco.report_group.rename", Map.of("id", 1, "name", "Mine")).errorCode());
        assertEquals(-32001, api.call("oco.report_group.create", Map.of("name", "Mine", "parent_report_group_id", 1)).errorCode());
        assertEquals(-32001, api.call("oco.report_group.move", Map.of("id", sub, "parent_report_group_id", 1)).errorCode());
        assertEquals(-32001, api.call("oco.report.update", Map.of("id", report, "report_group_id", 1)).errorCode());
        assertEquals(-32001, api.call("oco.report_group.rename", Map.of("id", top, "name", "")).errorCode());
        assertEquals(-32003, api.call("oco.report_group.move", Map.of("id", sub, "parent_report_group_id", 987654)).errorCode());
        assertEquals(-32003, api.call("oco.report.update", Map.of("id", report, "report_group_id", 987654)).errorCode());
        assertEquals(audits, server.database.count("SELECT COUNT(*) FROM audit_entry"), "refused requests change nothing");

        api.data("oco.report_group.rename", Map.of("id", sub, "name", "Updates"));
        api.data("oco.report_group.move", Map.of("id", sub, "parent_report_group_id", 0));
        api.data("oco.report.update", Map.of("id", report, "report_group_id", top, "name", fleet.prefix + " firefox 115"));
        Map<String, Object> moved = api.data("oco.report.get", Map.of("id", report));
        assertEquals(top, ((Number) moved.get("report_group_id")).longValue());
        assertEquals(fleet.prefix + " firefox 115", moved.get("name"));
        assertEquals(fleet.where(i -> i % 4 == 0), runReport(report), "criteria kept when only name and group change");
        assertEquals(List.of(), api.data("oco.report_group.remove", Map.of("id", sub)), "an empty group needs no force");
        api.data("oco.report_group.remove", Map.of("id", top, "force", true));
        assertEquals(-32003, api.call("oco.report.get", Map.of("id", report)).errorCode(), "its reports went with it");
        assertEquals(-32003, api.call("oco.report.list", Map.of("report_group_id", top)).errorCode());
    }
}

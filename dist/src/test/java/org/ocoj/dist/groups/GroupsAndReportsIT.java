package org.ocoj.dist.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;

/**
 * Static groups, reports as dynamic groups and their use by core methods and plugins, over HTTP against the
 * real bundle on MariaDB, with computers that reported the captured inventory (CLIENT-API §2.5–2.8, 2.12–2.13).
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupsAndReportsIT {

    private SharedServer.Running server;
    private ClientApi api;
    private Fleet fleet;

    /** Runs after SharedServer started the server (a per-class instance exists before that). */
    @BeforeAll
    void fleet() {
        server = SharedServer.get();
        api = server.clientApi();
        fleet = Fleet.build(server, 12, 200);
    }

    private long count(String sql, Object... params) {
        return server.database.count(sql, params);
    }

    private long create(String method, Map<String, Object> data) {
        return ((Number) api.<Map<String, Object>>data(method, data).get("id")).longValue();
    }

    private static List<Long> ids(List<Map<String, Object>> rows, String key) {
        return rows.stream().map(r -> ((Number) r.get(key)).longValue()).sorted().collect(Collectors.toList());
    }

    private List<Long> agents(int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(fleet.agentIds::get).sorted().collect(Collectors.toList());
    }

    private List<Long> run(Map<String, Object> criteria) {
        long id = create("oco.report.create", Map.of("name", fleet.prefix + " " + criteria.hashCode(), "criteria", criteria));
        return ids(api.data("oco.report.run", Map.of("id", id)), "computer_id");
    }

    /** Computer ids as the test plugin resolves a selection through PluginContext.selection(). */
    private List<Long> selected(Map<String, Object> data) {
        List<Number> ids = Json.at(api.data("oco.probe.select", data), "computer_ids");
        return ids.stream().map(Number::longValue).collect(Collectors.toList());
    }

    /** A group as the client API shows it (JSON numbers read back as Integer). */
    private static Map<String, Object> group(long id, String name, Long parent) {
        Map<String, Object> group = new java.util.HashMap<>();
        group.put("id", (int) id);
        group.put("name", name);
        group.put("parent_computer_group_id", parent == null ? null : parent.intValue());
        return group;
    }

    private static Map<String, Object> cond(String field, String op, Object value) {
        return Map.of("field", field, "op", op, "value", value);
    }

    @Test
    void groupsFormATreeAndListShowsMembersSubgroupsAndMemberships() {
        long root = create("oco.computer_group.create", Map.of("name", fleet.prefix + " Office"));
        long laptops = create("oco.computer_group.create", Map.of("name", "Laptops", "parent_computer_group_id", root));
        long a0 = fleet.agentIds.get(0);
        long auditsBefore = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer.add_to_group'");

        assertEquals(List.of(), api.data("oco.computer.add_to_group", Map.of("computer_id", a0, "computer_group_id", root)));
        api.data("oco.computer.add_to_group", Map.of("computer_id", String.valueOf(a0), "computer_group_id", root));
        api.data("oco.computer.add_to_group", Map.of("computer_id", fleet.agentIds.get(1), "computer_group_id", laptops));

        assertEquals(auditsBefore + 2, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer.add_to_group'"),
                "adding an existing member changes and audits nothing");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer_group.add_member' "
                + "AND object_ref = ?", "computer_group:" + laptops));
        Map<String, Object> listed = api.data("oco.computer.list", Map.of("computer_group_id", root));
        assertEquals(fleet.prefix + " Office", listed.get("name"));
        assertEquals(List.of(a0), ids(Json.at(listed, "computers"), "id"));
        assertEquals(List.of(group(laptops, "Laptops", root)),
                Json.at(listed, "groups"));
        List<Map<String, Object>> roots = Json.at(api.data("oco.computer.list", Map.of("computer_group_id", 0)), "groups");
        assertTrue(roots.stream().anyMatch(g -> ((Number) g.get("id")).longValue() == root), "0 means the root level");
        assertEquals(List.of(group(root, fleet.prefix + " Office", null)),
                Json.at(api.data("oco.computer.get", Map.of("id", a0)), "groups"));

        long removalsBefore = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer.remove_from_group'");
        api.data("oco.computer.remove_from_group", Map.of("computer_id", fleet.agentIds.get(5), "computer_group_id", root));
        assertEquals(removalsBefore, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer.remove_from_group'"),
                "removing a non-member is success without an audit entry");
        api.data("oco.computer.remove_from_group", Map.of("computer_id", a0, "computer_group_id", root));
        assertEquals(List.of(), Json.at(api.data("oco.computer.list", Map.of("computer_group_id", root)), "computers"));
    }

    @Test
    void groupMistakesAreRefusedAndChangeNothing() {
        long a = create("oco.computer_group.create", Map.of("name", fleet.prefix + " A"));
        long b = create("oco.computer_group.create", Map.of("name", "B", "parent_computer_group_id", a));
        long c = create("oco.computer_group.create", Map.of("name", "C", "parent_computer_group_id", b));
        api.data("oco.computer.add_to_group", Map.of("computer_id", fleet.agentIds.get(3), "computer_group_id", c));
        long groups = count("SELECT COUNT(*) FROM computer_group");
        long audits = count("SELECT COUNT(*) FROM audit_entry");

        assertEquals(-32001, api.call("oco.computer_group.move", Map.of("id", a, "parent_computer_group_id", c)).errorCode());
        assertEquals(-32001, api.call("oco.computer_group.move", Map.of("id", b, "parent_computer_group_id", b)).errorCode());
        assertEquals(-32001, api.call("oco.computer_group.create", Map.of("name", "C", "parent_computer_group_id", b)).errorCode());
        assertEquals(-32001, api.call("oco.computer_group.rename", Map.of("id", c, "name", "x".repeat(201))).errorCode());
        assertEquals(-32001, api.call("oco.computer_group.create", Map.of("name", " ")).errorCode());
        assertEquals(-32001, api.call("oco.computer_group.create", Map.of("name", List.of("x"))).errorCode());
        assertEquals(-32003, api.call("oco.computer_group.create", Map.of("name", "D", "parent_computer_group_id", 987654)).errorCode());
        assertEquals(-32003, api.call("oco.computer.add_to_group", Map.of("computer_id", 987654, "computer_group_id", a)).errorCode());
        assertEquals(-32003, api.call("oco.computer.add_to_group", Map.of("computer_id", fleet.agentIds.get(3), "computer_group_id", 987654)).errorCode());
        assertEquals(-32001, api.call("oco.computer.add_to_group", Map.of("computer_id", "abc", "computer_group_id", a)).errorCode());
        ClientApi.Reply notEmpty = api.call("oco.computer_group.remove", Map.of("id", a));
        assertEquals(-32001, notEmpty.errorCode());
        assertTrue(notEmpty.errorMessage().contains("force"), notEmpty.errorMessage());
        assertEquals(groups, count("SELECT COUNT(*) FROM computer_group"));
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry"), "refused requests are not audited");

        api.data("oco.computer_group.move", Map.of("id", c, "parent_computer_group_id", a));
        api.data("oco.computer_group.rename", Map.of("id", c, "name", "C2"));
        assertEquals(List.of("B", "C2"), Json.<List<Map<String, Object>>>at(api.data("oco.computer.list",
                Map.of("computer_group_id", a)), "groups").stream().map(g -> g.get("name")).collect(Collectors.toList()));
        assertEquals(List.of(), api.data("oco.computer_group.remove", Map.of("id", a, "force", true)));
        assertEquals(groups - 3, count("SELECT COUNT(*) FROM computer_group"));
        assertEquals(-32003, api.call("oco.computer.list", Map.of("computer_group_id", c)).errorCode());
        assertEquals(1, count("SELECT COUNT(*) FROM computer WHERE id = ?", fleet.agentIds.get(3)), "computers stay");
    }

    @Test
    void everyOperatorSelectsTheRightComputersFromRealInventory() {
        assertEquals(agents(0, 1, 2, 3), run(fleet.scoped(cond("os_version", "version_lt", "12"))));
        assertEquals(agents(0, 3, 6, 9), run(fleet.scoped(cond("ram", "lt", 4 * Fleet.GIB))));
        assertEquals(agents(0, 1), run(fleet.scoped(Map.of("field", "serial", "op", "is_duplicate"))));
        assertEquals(agents(2, 3), run(fleet.scoped(Map.of("exists", "network", "where", Map.of("field", "mac", "op", "is_duplicate")))));
        List<Long> withoutSsh = new java.util.ArrayList<>(agents(1, 3, 5, 7, 9, 11));
        withoutSsh.addAll(fleet.preRegisteredIds);
        assertEquals(withoutSsh, run(fleet.scoped(Map.of("not_exists", "software",
                "where", cond("name", "equals", "openssh-server")))), "computers without any software count too");
        assertEquals(agents(6, 7, 8, 9, 10, 11), run(fleet.scoped(Map.of("exists", "software", "where", Map.of("all", List.of(
                cond("name", "equals", "firefox-esr"), cond("version", "version_gt", "120")))))));
        assertEquals(agents(0, 4, 8), run(fleet.scoped(Map.of("exists", "partition", "where", cond("encrypted", "equals", true)))));
        assertEquals(agents(1, 4, 7, 10), run(fleet.scoped(Map.of("any", List.of(cond("model", "ends_with", " b"))))));
        assertEquals(agents(2, 5, 8, 11), run(fleet.scoped(cond("model", "regex", "C$"))));
        assertEquals(agents(0), run(fleet.scoped(Map.of("exists", "network", "where", cond("address", "equals", "10.77.0.10")))));
        assertEquals(12, run(fleet.scoped(cond("last_ping", "within_days", 1))).size());
        assertEquals(fleet.preRegisteredIds, run(fleet.scoped(Map.of("field", "last_update", "op", "is_empty"))));
        assertEquals(212, run(fleet.scoped(Map.of("not", cond("os", "contains", "windows")))).size());
        assertEquals(12, run(fleet.scoped(cond("kernel_version", "starts_with", "6."))).size());
    }

    @Test
    void predefinedReportsFindDuplicatesAndComputersWithoutInventory() {
        Map<String, Object> list = api.data("oco.report.list", Map.of());
        List<Map<String, Object>> reports = Json.at(list, "reports");
        assertTrue(reports.stream().anyMatch(r -> "Duplicate serial numbers".equals(r.get("name")) && (Boolean) r.get("predefined")));
        assertEquals("Predefined", Json.<List<Map<String, Object>>>at(list, "groups").get(0).get("name"));
        assertEquals("last_update is empty", Json.at(api.data("oco.report.get", Map.of("id", 2)), "query"));

        assertTrue(ids(api.data("oco.report.execute", Map.of("id", 4)), "computer_id").containsAll(agents(0, 1)));
        assertTrue(ids(api.data("oco.report.run", Map.of("id", 5)), "computer_id").containsAll(agents(2, 3)));
        List<Long> noInventory = ids(api.data("oco.report.run", Map.of("id", 2, "limit", 100000)), "computer_id");
        assertTrue(noInventory.containsAll(fleet.preRegisteredIds));
        assertFalse(noInventory.contains(fleet.agentIds.get(0)));
        assertEquals(-32001, api.call("oco.report.update", Map.of("id", 4, "name", "mine")).errorCode());
        assertEquals(-32001, api.call("oco.report.remove", Map.of("id", 4)).errorCode());
    }

    @Test
    void reportsArePagedSortedExportedAndServeAsDynamicGroups() {
        long id = create("oco.report.create", Map.of("name", fleet.prefix + " Debian 12", "notes", "n",
                "criteria", fleet.scoped(cond("os_version", "equals", "12")), "columns", List.of("hostname", "ram", "serial")));
        List<Map<String, Object>> page = api.data("oco.report.run",
                Map.of("id", id, "order_by", "hostname", "order", "desc", "limit", 3, "offset", 1));
        assertEquals(List.of(fleet.prefix + "-a8", fleet.prefix + "-a7", fleet.prefix + "-a6"),
                page.stream().map(r -> r.get("hostname")).collect(Collectors.toList()), "a9 sorts before a8 descending");
        assertEquals(List.of("computer_id", "hostname", "ram", "serial"), List.copyOf(page.get(0).keySet()));
        String csv = Json.at(api.data("oco.report.run", Map.of("id", id, "format", "csv")), "csv");
        assertEquals(9, csv.split("\r\n").length);
        assertTrue(csv.startsWith("computer_id,hostname,ram,serial\r\n"));

        Map<String, Object> dynamic = api.data("oco.computer.list", Map.of("report_id", id));
        assertEquals(fleet.prefix + " Debian 12", dynamic.get("name"));
        assertEquals(agents(4, 5, 6, 7, 8, 9, 10, 11), ids(Json.at(dynamic, "computers"), "id"));
        assertEquals(Map.of("computers", 8), api.data("oco.computer.force_update", Map.of("report_id", id)));
        assertEquals(8, count("SELECT COUNT(*) FROM computer WHERE force_update = TRUE AND hostname LIKE ?", fleet.prefix + "-a%"));
        assertEquals(agents(4, 5, 6, 7, 8, 9, 10, 11), selected(Map.of("report_id", id)),
                "plugins resolve reports through PluginContext.selection()");
        api.data("oco.computer.force_update", Map.of("report_id", id, "force", false));

        api.data("oco.report.update", Map.of("id", id, "criteria", fleet.scoped(cond("os_version", "equals", "11"))));
        assertEquals("hostname starts with \"" + fleet.prefix + "-\" and os_version = \"11\"",
                Json.at(api.data("oco.report.get", Map.of("id", id)), "query"));
        assertEquals(agents(0, 1, 2, 3), ids(api.data("oco.report.run", Map.of("id", id)), "computer_id"));
        assertEquals(List.of(), api.data("oco.report.remove", Map.of("id", id)));
        assertEquals(-32003, api.call("oco.report.run", Map.of("id", id)).errorCode());
    }

    @Test
    void groupsWithSubgroupsSelectComputersForCoreMethodsAndPlugins() {
        long parent = create("oco.computer_group.create", Map.of("name", fleet.prefix + " Site"));
        long child = create("oco.computer_group.create", Map.of("name", "Floor 1", "parent_computer_group_id", parent));
        api.data("oco.computer.add_to_group", Map.of("computer_id", fleet.agentIds.get(10), "computer_group_id", parent));
        api.data("oco.computer.add_to_group", Map.of("computer_id", fleet.agentIds.get(11), "computer_group_id", child));

        assertEquals(agents(10, 11), selected(Map.of("computer_group_id", parent)));
        assertEquals(agents(10), selected(Map.of("computer_group_id", parent, "recursive", false)));
        assertEquals(-32003, api.call("oco.probe.select", Map.of("computer_group_id", 987654)).errorCode());
        assertEquals(-32001, api.call("oco.probe.select", Map.of("computer_group_id", parent, "report_id", 1)).errorCode());
        assertEquals(Map.of("computers", 2), api.data("oco.computer.force_update", Map.of("computer_group_id", parent)));
        assertEquals(List.of(group(child, "Floor 1", parent)),
                Json.at(api.data("oco.computer.get", Map.of("id", fleet.agentIds.get(11))), "groups"));
        assertEquals(agents(10), run(fleet.scoped(Map.of("exists", "group", "where", cond("id", "equals", parent)))),
                "group membership in criteria is direct membership");
    }
}

package org.ocoj.dist.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.ScopeFleet;
import org.ocoj.dist.SharedServer;

/**
 * An operator limited to the computer group "Berlin" (with its subgroup "Mitte") sees and acts on Berlin's computers
 * only, through every method that takes or returns computers — core and plugins'. The tables below are the
 * specification: {@link #everyComputerMethodIsInATable} fails when a new method that may touch computers is in
 * neither.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputerScopesIT {

    private SharedServer.Running server;
    private ClientApi admin;
    private final String prefix = "sc" + UUID.randomUUID().toString().substring(0, 6);
    private ScopeFleet fleet;
    private ClientApi operator;

    /** Methods that may name a computer or a group; each payload names one outside Berlin and must be "not found". */
    private Map<String, List<Map<String, Object>>> outside;

    /**
     * Methods with a computer permission that neither take nor return computers (definitions, not machines), or
     * whose computer answers are checked one by one in the tests below.
     */
    private static final Set<String> NOT_NAMING_COMPUTERS = Set.of("oco.report.fields", "oco.report.get",
            "oco.report.list", "oco.report.create", "oco.report.update", "oco.report.remove",
            "oco.report_group.create", "oco.report_group.move", "oco.report_group.remove", "oco.report_group.rename",
            "oco.event_rule.list", "oco.event_rule.create", "oco.event_rule.update", "oco.event_rule.remove",
            "oco.plugin.list", "oco.computer_command.list", "oco.probe.ping", "oco.computer.summary",
            "oco.computer.create", "oco.dashboard.series");

    @BeforeAll
    void buildBerlinAndHamburg() {
        server = SharedServer.get(); // with PER_CLASS the instance exists before SharedServer started the server
        admin = server.clientApi();
        fleet = ScopeFleet.build(server, prefix);
        operator = Accounts.as(server, prefix + "-berlin", "operator");
        admin.data("oco.admin.update", Map.of("username", prefix + "-berlin",
                "computer_group_ids", List.of(fleet.berlin)));
        long h = fleet.hamburgPc;
        long hamburg = fleet.hamburg;
        outside = new LinkedHashMap<>();
        outside.put("oco.computer.get", List.of(Map.of("id", h), Map.of("id", String.valueOf(h))));
        outside.put("oco.computer.list", List.of(Map.of("computer_group_id", hamburg)));
        outside.put("oco.computer.update", List.of(Map.of("id", h, "notes", "scoped")));
        outside.put("oco.computer.remove", List.of(Map.of("id", h)));
        outside.put("oco.computer.force_update", List.of(Map.of("id", h), Map.of("computer_group_id", hamburg)));
        outside.put("oco.computer.reset_keys", List.of(Map.of("id", h)));
        outside.put("oco.computer.reset_agent_clock", List.of(Map.of("id", h)));
        outside.put("oco.computer.add_to_group", List.of(Map.of("computer_id", h, "computer_group_id", fleet.berlin),
                Map.of("computer_id", fleet.berlinPc, "computer_group_id", hamburg)));
        outside.put("oco.computer.remove_from_group", List.of(Map.of("computer_id", h, "computer_group_id", hamburg)));
        outside.put("oco.computer.wol", List.of(Map.of("id", h), Map.of("ids", List.of(fleet.berlinPc, h)),
                Map.of("computer_group_id", hamburg)));
        outside.put("oco.computer_group.create", List.of(Map.of("name", "x", "parent_computer_group_id", hamburg)));
        outside.put("oco.computer_group.rename", List.of(Map.of("id", hamburg, "name", "Altona")));
        outside.put("oco.computer_group.move", List.of(Map.of("id", hamburg, "parent_computer_group_id", fleet.mitte),
                Map.of("id", fleet.mitte, "parent_computer_group_id", hamburg)));
        outside.put("oco.computer_group.remove", List.of(Map.of("id", hamburg, "force", true)));
        outside.put("oco.event.list", List.of(Map.of("computer_id", h)));
        outside.put("oco.service.list", List.of(Map.of("computer_id", h)));
        outside.put("oco.service.summary", List.of(Map.of("computer_id", h)));
        outside.put("oco.service.history", List.of(Map.of("computer_id", h, "name", "Disk /"),
                Map.of("id", fleet.hamburgServiceId)));
        outside.put("oco.software.list", List.of()); // names software, not computers: its counts are checked below
        outside.put("oco.software.get", List.of());
        outside.put("oco.report.run", List.of());    // takes a report: its rows are checked below
        outside.put("oco.report.execute", List.of());
        outside.put("oco.computer.password_history", List.of(Map.of("id", h)));
        outside.put("oco.computer.rotate_passwords", List.of(Map.of("id", h)));
        outside.put("oco.password_rule.list", List.of(Map.of("computer_group_id", hamburg)));
        outside.put("oco.probe.select", List.of(Map.of("id", h), Map.of("computer_group_id", hamburg)));
    }

    @Test
    void everyComputerMethodIsInATable() {
        List<Map<String, Object>> declared = admin.data("oco.permission.list", Map.of());
        Set<String> computerPermissions = Set.of("computers.read", "computers.manage", "groups.manage",
                "reports.manage", "events.manage");
        Set<String> unclassified = new TreeSet<>();
        for (Map<String, Object> method : declared) {
            String name = (String) method.get("method");
            if (method.get("permission") != null && computerPermissions.contains(method.get("permission"))
                    && !outside.containsKey(name)
                    && !NOT_NAMING_COMPUTERS.contains(name)) {
                unclassified.add(name);
            }
        }
        assertEquals(Set.of(), unclassified, "methods with a computer permission in neither table of this test");
    }

    @Test
    void everyMethodAnswersNotFoundForWhatLiesOutsideTheScopeAndChangesNothing() {
        String hamburgBefore = hamburgState();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> entry : outside.entrySet()) {
            for (Map<String, Object> data : entry.getValue()) {
                ClientApi.Reply reply = operator.call(entry.getKey(), data);
                if (!reply.json().containsKey("error") || reply.errorCode() != -32003) {
                    wrong.add(entry.getKey() + " " + data + ": " + reply.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(hamburgBefore, hamburgState(), "nothing about Hamburg's computer or group changed");
        assertEquals(4, server.database.count("SELECT COUNT(*) FROM computer WHERE hostname LIKE ?", prefix + "-%"));
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND outcome = 'refused' "
                + "AND action = 'oco.computer.remove'", prefix + "-berlin"), "each refusal is audited");
    }

    @Test
    void anOutsideComputerIsNotFoundInWords() {
        ClientApi.Reply reply = operator.call("oco.computer.get", Map.of("id", fleet.hamburgPc));
        assertEquals("Not found: computer " + fleet.hamburgPc + " (your account sees only the computers of its "
                + "computer groups)", reply.errorMessage());
        assertEquals(fleet.hostname("b1"), Json.at(operator.data("oco.computer.get", Map.of("id", fleet.berlinPc)),
                "general", "hostname"));
    }

    @Test
    void listsAndSearchShowBerlinsComputersOnly() {
        Map<String, Object> all = operator.data("oco.computer.list", Map.of());
        assertEquals(fleet.berlinHostnames(), hostnames(all.get("computers")), "every computer the operator sees");
        assertEquals(List.of(prefix + " Berlin"), names(all.get("groups")), "its own group is its top level");

        Map<String, Object> searched = operator.data("oco.computer.list", Map.of("search", prefix, "limit", 50));
        assertEquals(fleet.berlinHostnames(), hostnames(searched.get("computers")));
        assertEquals(2, ((Number) searched.get("total")).intValue());
        Map<String, Object> hamburgSearch = operator.data("oco.computer.list", Map.of("search", fleet.hostname("h1")));
        assertEquals(0, ((Number) hamburgSearch.get("total")).intValue());

        Map<String, Object> berlin = operator.data("oco.computer.list", Map.of("computer_group_id", fleet.berlin));
        assertEquals(List.of(fleet.hostname("b1")), hostnames(berlin.get("computers")));
        assertTrue(names(berlin.get("groups")).contains(prefix + " Mitte"), "Berlin's subgroups: " + berlin);

        Map<String, Object> asAdmin = admin.data("oco.computer.list", Map.of("search", prefix, "limit", 50));
        assertEquals(4, ((Number) asAdmin.get("total")).intValue(), "the administrator sees all four");

        String csv = (String) operator.<Map<String, Object>>data("oco.computer.list", Map.of("search", prefix, "format", "csv",
                "columns", List.of("hostname"))).get("csv");
        assertEquals("hostname\r\n" + String.join("\r\n", fleet.berlinHostnames()) + "\r\n", csv,
                "the list's CSV export: " + csv);
    }

    @Test
    void dashboardCountsCountBerlinOnly() {
        Map<String, Object> summary = operator.data("oco.computer.summary", Map.of());
        assertEquals(2, ((Number) summary.get("total")).intValue());
        Map<String, Object> services = operator.data("oco.service.summary", Map.of());
        assertEquals(2, ((Number) services.get("total")).intValue(), "one service on each Berlin computer: " + services);
        assertTrue(((Number) admin.<Map<String, Object>>data("oco.service.summary", Map.of()).get("total")).intValue() >= 4);
        // the activity over time counts the whole fleet: no numbers for a scoped account, only why
        Map<String, Object> series = operator.data("oco.dashboard.series", Map.of());
        assertEquals(Map.of("range", "24h", "available", false, "reason", "The activity charts count the whole fleet; "
                + "an account limited to computer groups does not see them"), series);
        assertEquals(true, admin.<Map<String, Object>>data("oco.dashboard.series", Map.of()).get("available"));
    }

    @Test
    void reportsAndTheirCsvHoldBerlinsComputersOnly() {
        Map<String, Object> criteria = Map.of("field", "hostname", "op", "starts_with", "value", prefix + "-");
        Map<String, Object> created = admin.data("oco.report.create", Map.of("name", prefix + " all of the fleet",
                "criteria", criteria, "columns", List.of("hostname")));
        long report = ((Number) created.get("id")).longValue();

        List<Map<String, Object>> rows = operator.data("oco.report.run", Map.of("id", report));
        assertEquals(fleet.berlinHostnames(), rows.stream().map(r -> (String) r.get("hostname")).sorted().toList());
        assertEquals(4, admin.<List<?>>data("oco.report.run", Map.of("id", report)).size());
        List<Map<String, Object>> execute = operator.data("oco.report.execute", Map.of("id", report));
        assertEquals(2, execute.size());

        String csv = Json.at(operator.data("oco.report.run", Map.of("id", report, "format", "csv")), "csv");
        assertEquals(3, csv.split("\r\n").length, "header and the two Berlin computers: " + csv);
        assertFalse(csv.contains(fleet.hostname("h1")) || csv.contains(fleet.hostname("x1")), csv);

        Map<String, Object> dynamic = operator.data("oco.computer.list", Map.of("report_id", report));
        assertEquals(fleet.berlinHostnames(), hostnames(dynamic.get("computers")));
        Map<String, Object> forced = operator.data("oco.computer.force_update", Map.of("report_id", report,
                "force", false));
        assertEquals(2, ((Number) forced.get("computers")).intValue(), "a report selects Berlin's computers only");
    }

    @Test
    void eventsAndServicesOfOtherComputersAreLeftOut() {
        Map<String, Object> events = operator.data("oco.event.list", Map.of("limit", 1000));
        Set<Object> eventComputers = Json.<List<Map<String, Object>>>at(events, "events").stream()
                .map(e -> ((Number) e.get("computer_id")).longValue()).collect(Collectors.toSet());
        assertEquals(Set.of(fleet.berlinPc, fleet.mittePc), eventComputers);
        assertEquals(2, ((Number) events.get("total")).intValue());

        Map<String, Object> services = operator.data("oco.service.list", Map.of());
        assertEquals(fleet.berlinHostnames(), Json.<List<Map<String, Object>>>at(services, "services").stream()
                .map(s -> (String) s.get("computer_hostname")).sorted().toList());
        Map<String, Object> history = operator.data("oco.service.history",
                Map.of("computer_id", fleet.berlinPc, "name", "Disk /"));
        assertEquals(fleet.hostname("b1"), Json.at(history, "service", "computer_hostname"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void softwareCountsAndInstallationsAreBerlinsOnly() {
        Map<String, Object> list = operator.data("oco.software.list", Map.of("search", prefix));
        List<Map<String, Object>> names = (List<Map<String, Object>>) list.get("software");
        assertEquals(1, names.size(), list.toString());
        assertEquals(2L, ((Number) names.get(0).get("computers")).longValue(), "b1 and m1, not h1 and x1: " + list);
        assertEquals(2L, ((Number) names.get(0).get("versions")).longValue());

        Map<String, Object> tool = operator.data("oco.software.get", Map.of("name", prefix + "-tool"));
        assertEquals(2L, ((Number) tool.get("computers")).longValue());
        assertEquals(Set.of("1.b1", "1.m1"), ((List<Map<String, Object>>) tool.get("versions")).stream()
                .map(v -> (String) v.get("version")).collect(Collectors.toSet()));
        assertEquals(fleet.berlinHostnames(), hostnames(Json.at(tool, "installed_on", "computers")));
        Map<String, Object> asAdmin = admin.data("oco.software.get", Map.of("name", prefix + "-tool"));
        assertEquals(4L, ((Number) asAdmin.get("computers")).longValue());
    }

    @Test
    void actionsReachBerlinsComputersAndGroupsStayInsideBerlin() {
        assertTrue(operator.call("oco.computer.force_update", Map.of("id", fleet.mittePc)).json().containsKey("result"));
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM computer WHERE id = ? AND force_update = TRUE",
                fleet.mittePc));
        Map<String, Object> group = operator.data("oco.computer_group.create",
                Map.of("name", prefix + " Kreuzberg", "parent_computer_group_id", fleet.berlin));
        assertTrue(((Number) group.get("id")).longValue() > 0);
        ClientApi.Reply root = operator.call("oco.computer_group.create", Map.of("name", prefix + " Root"));
        assertEquals(-32001, root.errorCode(), root.body());
        ClientApi.Reply create = operator.call("oco.computer.create", Map.of("hostname", prefix + "-new"));
        assertEquals(-32001, create.errorCode(), "a scoped account creates no computer outside its groups");
        List<Number> selected = Json.at(operator.data("oco.probe.select",
                Map.of("computer_group_id", fleet.berlin)), "computer_ids");
        assertEquals(Set.of(fleet.berlinPc, fleet.mittePc), selected.stream().map(Number::longValue)
                .collect(Collectors.toSet()), "a plugin's selection of Berlin with Mitte");
    }

    @Test
    void aScopedAuditorReadsOnlyTheEntriesAboutItsComputers() {
        admin.data("oco.role.create", Map.of("name", prefix + "-auditor", "permissions",
                List.of("computers.read", "audit.read")));
        ClientApi auditor = Accounts.as(server, prefix + "-audit", prefix + "-auditor");
        admin.data("oco.admin.update", Map.of("username", prefix + "-audit", "computer_group_ids", List.of(fleet.berlin)));
        admin.data("oco.computer.update", Map.of("id", fleet.berlinPc, "notes", prefix + " audited in Berlin"));
        admin.data("oco.computer.update", Map.of("id", fleet.hamburgPc, "notes", prefix + " audited in Hamburg"));

        Map<String, Object> all = admin.data("oco.audit.list", Map.of("action", "oco.computer.update", "limit", 1000));
        Map<String, Object> seen = auditor.data("oco.audit.list", Map.of("limit", 1000));
        Set<Object> refs = Json.<List<Map<String, Object>>>at(seen, "entries").stream()
                .map(entry -> entry.get("object_ref")).collect(Collectors.toSet());
        assertTrue(refs.contains("computer:" + fleet.berlinPc), "Berlin's change is there: " + refs);
        assertTrue(Set.of("computer:" + fleet.berlinPc, "computer:" + fleet.mittePc).containsAll(refs),
                "only entries about Berlin's computers (with Mitte's; no accounts, settings or Hamburg): " + refs);
        assertTrue(Json.<List<Object>>at(all, "entries").toString().contains("computer:" + fleet.hamburgPc),
                "the administrator sees Hamburg's change");
        assertEquals(-32003, auditor.call("oco.audit.list", Map.of("computer_id", fleet.hamburgPc)).errorCode(),
                "asked for by id, a Hamburg computer is not found");
    }

    @Test
    void passwordRulesOfOtherGroupsAreNotListed() {
        List<Long> rules = new ArrayList<>();
        try {
            for (long group : List.of(fleet.berlin, fleet.mitte, fleet.hamburg)) {
                rules.add(((Number) admin.<Map<String, Object>>data("oco.password_rule.create",
                        Map.of("computer_group_id", group, "username", prefix + "-admin")).get("id")).longValue());
            }
            List<Map<String, Object>> all = admin.data("oco.password_rule.list", Map.of());
            List<Map<String, Object>> seen = operator.data("oco.password_rule.list", Map.of());
            Set<Long> berlinAndMitte = Set.of(fleet.berlin, fleet.mitte);
            assertEquals(all.stream().filter(r -> r.get("computer_group_id") == null
                    || berlinAndMitte.contains(((Number) r.get("computer_group_id")).longValue())).toList(), seen,
                    "its groups' rules (subgroups too) and the rules for every computer");
            assertTrue(seen.stream().map(r -> ((Number) r.get("id")).longValue()).toList()
                    .containsAll(rules.subList(0, 2)));
            assertFalse(seen.stream().anyMatch(r -> rules.get(2).equals(((Number) r.get("id")).longValue())),
                    "not Hamburg's");
            List<Map<String, Object>> mitte = operator.data("oco.password_rule.list",
                    Map.of("computer_group_id", fleet.mitte));
            assertEquals(List.of(rules.get(1)), mitte.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
        } finally {
            rules.forEach(id -> admin.data("oco.password_rule.remove", Map.of("id", id)));
        }
    }

    @Test
    void theScopeIsShownRefusedForAdministratorsAndNeverWidensWhenItsGroupGoes() {
        List<Map<String, Object>> accounts = admin.data("oco.admin.list", Map.of());
        Map<String, Object> berlinOperator = accounts.stream().filter(a -> (prefix + "-berlin").equals(a.get("username")))
                .findFirst().orElseThrow();
        assertEquals(List.of(fleet.berlin), ((List<?>) berlinOperator.get("computer_group_ids")).stream()
                .map(id -> ((Number) id).longValue()).toList());

        Map<String, Object> data = new HashMap<>(Map.of("username", prefix + "-admin", "role", "administrator",
                "password", Accounts.PASSWORD, "computer_group_ids", List.of(fleet.berlin)));
        assertEquals(-32001, admin.call("oco.admin.create", data).errorCode());

        ClientApi lost = Accounts.as(server, prefix + "-lost", "viewer");
        long doomed = ((Number) admin.<Map<String, Object>>data("oco.computer_group.create",
                Map.of("name", prefix + " Doomed")).get("id")).longValue();
        admin.data("oco.admin.update", Map.of("username", prefix + "-lost", "computer_group_ids", List.of(doomed)));
        admin.data("oco.computer_group.remove", Map.of("id", doomed, "force", true));
        Map<String, Object> seen = lost.data("oco.computer.list", Map.of());
        assertEquals(List.of(), seen.get("computers"), "its only group is gone: it sees nothing, not everything");

        Map<String, Object> unscoped = new HashMap<>();
        unscoped.put("username", prefix + "-lost");
        unscoped.put("computer_group_ids", null);
        admin.data("oco.admin.update", unscoped);
        Map<String, Object> everything = lost.data("oco.computer.list", Map.of("search", prefix, "limit", 50));
        assertEquals(4, ((Number) everything.get("total")).intValue());
    }

    private String hamburgState() {
        return server.database.string("SELECT CONCAT(hostname, '/', COALESCE(notes, ''), '/', force_update, '/', "
                + "agent_key) FROM computer WHERE id = ?", fleet.hamburgPc) + " "
                + server.database.string("SELECT CONCAT(name, '/', COALESCE(parent_computer_group_id, 0)) "
                + "FROM computer_group WHERE id = ?", fleet.hamburg);
    }

    private static List<String> hostnames(Object computers) {
        return ((List<?>) computers).stream().map(c -> (String) ((Map<?, ?>) c).get("hostname")).sorted().toList();
    }

    private static List<String> names(Object groups) {
        return ((List<?>) groups).stream().map(g -> (String) ((Map<?, ?>) g).get("name")).toList();
    }
}

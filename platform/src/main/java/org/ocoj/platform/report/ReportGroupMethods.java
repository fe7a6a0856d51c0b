package org.ocoj.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.group.GroupTree;

/**
 * Report group CRUD: {@code oco.report_group.create/rename/move/remove}, the same rules as computer groups
 * (names unique among siblings, no cycles, {@code force} to remove a non-empty group — then with its subgroups
 * and their reports). The predefined group (id 1) cannot be changed or removed.
 */
final class ReportGroupMethods {

    private static final String PARENT = "parent_report_group_id";

    private ReportGroupMethods() {
    }

    static String name(JsonParams data) {
        return data.requireString("name", 200);
    }

    /** Absent, null, "" and 0 all mean the root level (as upstream); the predefined group takes no subgroups. */
    static Optional<Long> parent(JsonParams data) {
        Optional<Long> parent = data.optionalLong(PARENT).filter(id -> id != 0);
        if (parent.isPresent() && parent.get() == Reports.PREDEFINED_GROUP) {
            throw RequestException.invalid("data." + PARENT + ": the predefined report group takes no subgroups");
        }
        return parent;
    }

    /** The group to change: it must exist and not be the predefined one. */
    static Map<String, Object> changeable(Reports reports, long id) {
        Map<String, Object> group = reports.groupTree().require(id);
        if (id == Reports.PREDEFINED_GROUP) {
            throw RequestException.invalid("The predefined report group cannot be changed or removed");
        }
        return group;
    }

    /** {@code {"name": "Security", "parent_report_group_id": 1000}} → {@code {"id": 1001}}. */
    @ApplicationScoped
    public static class Create implements ClientMethod {
        @Inject
        Reports reports;

        @Override
        public String method() {
            return "oco.report_group.create";
        }

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.REPORTS_MANAGE);
        }

        @Override
        public Object handle(ClientCall call) {
            String name = name(call.data());
            Optional<Long> parent = parent(call.data());
            parent.ifPresent(reports.groupTree()::require);
            long id = reports.createGroup(parent, name);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("name", name);
            detail.put(PARENT, parent.orElse(null));
            call.audit("oco.report_group.create", "report_group:" + id, detail);
            return Map.of("id", id);
        }
    }

    /** {@code {"id": 1001, "name": "Compliance"}}. */
    @ApplicationScoped
    public static class Rename implements ClientMethod {
        @Inject
        Reports reports;

        @Override
        public String method() {
            return "oco.report_group.rename";
        }

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.REPORTS_MANAGE);
        }

        @Override
        public Object handle(ClientCall call) {
            long id = call.data().requireLong("id");
            String name = name(call.data());
            String old = (String) changeable(reports, id).get("name");
            if (!old.equals(name)) {
                reports.groupTree().rename(id, name);
                call.audit("oco.report_group.rename", "report_group:" + id, Map.of("old_name", old, "name", name));
            }
            return null;
        }
    }

    /** {@code {"id": 1001, "parent_report_group_id": 1000}}; moving a group below itself is refused. */
    @ApplicationScoped
    public static class Move implements ClientMethod {
        @Inject
        Reports reports;

        @Override
        public String method() {
            return "oco.report_group.move";
        }

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.REPORTS_MANAGE);
        }

        @Override
        public Object handle(ClientCall call) {
            long id = call.data().requireLong("id");
            Optional<Long> parent = parent(call.data());
            Optional<Long> old = reports.groupTree().parentOf(changeable(reports, id));
            if (!old.equals(parent)) {
                reports.groupTree().move(id, parent);
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("old_" + PARENT, old.orElse(null));
                detail.put(PARENT, parent.orElse(null));
                call.audit("oco.report_group.move", "report_group:" + id, detail);
            }
            return null;
        }
    }

    /** {@code {"id": 1001, "force": false}}; with force also its subgroups and every report in them. */
    @ApplicationScoped
    public static class Remove implements ClientMethod {
        @Inject
        Reports reports;

        @Override
        public String method() {
            return "oco.report_group.remove";
        }

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.REPORTS_MANAGE);
        }

        @Override
        public Object handle(ClientCall call) {
            long id = call.data().requireLong("id");
            boolean force = call.data().optionalBoolean("force").orElse(false);
            Map<String, Object> group = changeable(reports, id);
            List<Long> subtree = reports.groupTree().subtree(id);
            long contained = reports.reportCount(subtree);
            GroupTree.requireEmptyOrForced(force, "report group", group.get("name"), contained, "report", subtree);
            reports.deleteGroups(subtree);
            Map<String, Object> detail = new LinkedHashMap<>(group);
            detail.put("removed_subgroups", subtree.subList(1, subtree.size()));
            detail.put("removed_reports", contained);
            call.audit("oco.report_group.delete", "report_group:" + id, detail);
            return null;
        }
    }
}

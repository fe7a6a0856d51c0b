package org.ocoj.platform.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/**
 * {@code oco.computer_group.remove}: {@code {"id": 15, "force": false}}. A group with members or subgroups is
 * only removed with {@code force: true}, and then with all its subgroups (computers stay, only their
 * memberships go), as upstream.
 */
@ApplicationScoped
public class GroupRemoveMethod implements ClientMethod {

    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.computer_group.remove";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.GROUPS_MANAGE);
    }

    @Override
    public Set<String> computerGroupParameters() {
        return Set.of("id");
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().requireLong("id");
        boolean force = call.data().optionalBoolean("force").orElse(false);
        Map<String, Object> group = groups.require(id);
        List<Long> subtree = groups.subtree(id);
        long members = groups.memberCount(id);
        GroupTree.requireEmptyOrForced(force, "group", group.get("name"), members, "computer", subtree);
        groups.deleteSubtree(id);
        Map<String, Object> detail = new LinkedHashMap<>(group);
        detail.put("removed_subgroups", subtree.subList(1, subtree.size()));
        detail.put("members", members);
        call.audit("oco.computer_group.delete", "computer_group:" + id, detail);
        return null;
    }
}

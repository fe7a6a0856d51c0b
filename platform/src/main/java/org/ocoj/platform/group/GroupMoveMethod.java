package org.ocoj.platform.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/**
 * {@code oco.computer_group.move}: {@code {"id": 15, "parent_computer_group_id": 12}} (absent, null or 0 =
 * root level). Moving a group below itself is refused.
 */
@ApplicationScoped
public class GroupMoveMethod implements ClientMethod {

    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.computer_group.move";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.GROUPS_MANAGE);
    }

    @Override
    public Set<String> computerGroupParameters() {
        return Set.of("id", "parent_computer_group_id");
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().requireLong("id");
        Optional<Long> parent = GroupParams.parent(call.data());
        GroupParams.requireParentForScoped(parent, call);
        Optional<Long> old = groups.tree().parentOf(groups.require(id));
        if (!old.equals(parent)) {
            groups.move(id, parent);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("old_parent_computer_group_id", old.orElse(null));
            detail.put("parent_computer_group_id", parent.orElse(null));
            call.audit("oco.computer_group.move", "computer_group:" + id, detail);
        }
        return null;
    }
}

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

/** {@code oco.computer_group.create}: {@code {"name": "Laptops", "parent_computer_group_id": 12}} → {@code {"id": 15}}. */
@ApplicationScoped
public class GroupCreateMethod implements ClientMethod {

    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.computer_group.create";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.GROUPS_MANAGE);
    }

    @Override
    public Set<String> computerGroupParameters() {
        return Set.of("parent_computer_group_id");
    }

    @Override
    public Object handle(ClientCall call) {
        String name = GroupParams.name(call.data());
        Optional<Long> parent = GroupParams.parent(call.data());
        GroupParams.requireParentForScoped(parent, call);
        parent.ifPresent(groups::require);
        long id = groups.create(parent, name, call.adminUsername());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("name", name);
        detail.put("parent_computer_group_id", parent.orElse(null));
        call.audit("oco.computer_group.create", "computer_group:" + id, detail);
        return Map.of("id", id);
    }
}

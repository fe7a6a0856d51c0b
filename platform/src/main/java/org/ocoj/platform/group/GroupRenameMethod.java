package org.ocoj.platform.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.computer_group.rename}: {@code {"id": 15, "name": "Notebooks"}}; names are unique among siblings. */
@ApplicationScoped
public class GroupRenameMethod implements ClientMethod {

    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.computer_group.rename";
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
        String name = GroupParams.name(call.data());
        String old = (String) groups.require(id).get("name");
        if (!old.equals(name)) {
            groups.rename(id, name);
            call.audit("oco.computer_group.rename", "computer_group:" + id, Map.of("old_name", old, "name", name));
        }
        return null;
    }
}

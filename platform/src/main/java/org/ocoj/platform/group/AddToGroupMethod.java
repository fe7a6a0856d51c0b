package org.ocoj.platform.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.computer.add_to_group} (CLIENT-API §2.7): idempotent; audited only when the computer was added. */
@ApplicationScoped
public class AddToGroupMethod implements ClientMethod {

    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.computer.add_to_group";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        long computerId = call.data().requireLong("computer_id");
        long groupId = call.data().requireLong("computer_group_id");
        String hostname = groups.requireComputer(computerId);
        Map<String, Object> group = groups.require(groupId);
        if (!groups.isMember(groupId, computerId)) {
            groups.addMember(groupId, computerId);
            call.audit("oco.computer_group.add_member", "computer_group:" + groupId,
                    Map.of("computer_id", computerId, "hostname", hostname));
            call.audit("oco.computer.add_to_group", "computer:" + computerId,
                    Map.of("computer_group_id", groupId, "name", group.get("name")));
        }
        return null;
    }
}

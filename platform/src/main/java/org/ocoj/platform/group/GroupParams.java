package org.ocoj.platform.group;

import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/** Parameter reading shared by the group methods. */
final class GroupParams {

    private GroupParams() {
    }

    /** A group name: trimmed, 1 to 200 characters. */
    static String name(JsonParams data) {
        return data.requireString("name", ComputerGroups.MAX_NAME);
    }

    /** An account limited to some groups works inside them: the root level is not its. */
    static void requireParentForScoped(Optional<Long> parent, ClientCall call) {
        if (parent.isEmpty() && !call.scope().unlimited()) {
            throw RequestException.invalid("data.parent_computer_group_id is required: your account is limited to "
                    + "its computer groups, so its groups go inside them");
        }
    }

    /** {@code parent_computer_group_id}; absent, null, "" and 0 all mean the root level (as upstream). */
    static Optional<Long> parent(JsonParams data) {
        return data.optionalLong("parent_computer_group_id").filter(id -> id != 0);
    }
}

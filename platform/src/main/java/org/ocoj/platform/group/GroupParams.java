package org.ocoj.platform.group;

import java.util.Optional;
import org.ocoj.api.server.JsonParams;

/** Parameter reading shared by the group methods. */
final class GroupParams {

    private GroupParams() {
    }

    /** A group name: trimmed, 1 to 200 characters. */
    static String name(JsonParams data) {
        return data.requireString("name", ComputerGroups.MAX_NAME);
    }

    /** {@code parent_computer_group_id}; absent, null, "" and 0 all mean the root level (as upstream). */
    static Optional<Long> parent(JsonParams data) {
        return data.optionalLong("parent_computer_group_id").filter(id -> id != 0);
    }
}

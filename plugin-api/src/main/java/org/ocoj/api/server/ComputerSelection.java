package org.ocoj.api.server;

import java.util.List;

/**
 * Read-only resolution of "a set of computers" as admins select them: a static group, or a report used as a
 * dynamic group. Offered by the platform through {@link PluginContext#selection()}, e.g. to wake or update a
 * whole group.
 *
 * <p>Call it on the thread of a platform call (a client method, a scheduled job): it reads through the
 * platform's DataSource and so joins that call's transaction. It never changes anything. Unknown ids are a
 * {@link RequestException} of kind NOT_FOUND, bad parameters one of kind INVALID, so a client method can let
 * them pass through unchanged.
 */
public interface ComputerSelection {

    /** Ids of the computers in a group, sorted; with {@code includeSubgroups} also those of every subgroup. */
    List<Long> groupMembers(long groupId, boolean includeSubgroups);

    /** Ids of the computers a report currently matches, sorted. */
    List<Long> reportResult(long reportId);

    /**
     * The selection a client request names, with the platform's parameter names: exactly one of
     * {@code id} (one computer), {@code computer_group_id} (with subgroups unless {@code recursive} is false)
     * or {@code report_id}.
     */
    List<Long> select(JsonParams data);
}

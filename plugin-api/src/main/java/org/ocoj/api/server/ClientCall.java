package org.ocoj.api.server;

/** One authenticated client API request, as seen by a {@link ClientMethod}. */
public interface ClientCall {

    /** The request's {@code params.data}. */
    JsonParams data();

    /** The admin who made the request. */
    String adminUsername();

    /**
     * Whether the calling account holds this permission, beyond the one its method declared (which the platform
     * checked before the call), e.g. to leave out what only some roles may see.
     */
    default boolean permits(Permission permission) {
        return false;
    }

    /**
     * The computers the caller may see and act on (its account's computer-group scope). A method that lists, counts
     * or reads rows of computers by other means than the platform's parameters and services limits its query with
     * it. The default (every computer) only serves calls made for tests. Since plugin-api 1.2.0.
     */
    default ComputerScope scope() {
        return ComputerScope.UNLIMITED;
    }

    /**
     * Records an audit entry (who, what, when) in the same transaction as the change.
     *
     * @param action    e.g. {@code oco.event_rule.create}
     * @param objectRef what was changed, e.g. {@code event_rule:12}
     * @param detail    JSON-shaped detail, never secrets
     */
    void audit(String action, String objectRef, Object detail);
}

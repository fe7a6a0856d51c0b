package org.ocoj.api.server;

/** One authenticated client API request, as seen by a {@link ClientMethod}. */
public interface ClientCall {

    /** The request's {@code params.data}. */
    JsonParams data();

    /** The admin who made the request. */
    String adminUsername();

    /**
     * Records an audit entry (who, what, when) in the same transaction as the change.
     *
     * @param action    e.g. {@code oco.event_rule.create}
     * @param objectRef what was changed, e.g. {@code event_rule:12}
     * @param detail    JSON-shaped detail, never secrets
     */
    void audit(String action, String objectRef, Object detail);
}

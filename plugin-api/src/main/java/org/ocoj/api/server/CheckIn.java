package org.ocoj.api.server;

import java.util.Map;

/** One hello, as seen by a {@link CheckInParticipant}. */
public interface CheckIn {

    ComputerRef computer();

    /** The request's {@code params.data} (agent_version, networks, services, …), read-only. */
    Map<String, Object> data();

    /** Adds a member to the response's {@code result.params}; core members cannot be replaced. */
    void respond(String key, Object value);
}

package org.ocoj.platform.agent;

/** Which key a request's signature was made with (SPEC §1.4, §1.8). */
public enum MatchedKey {
    /** The computer's committed agent key. */
    AGENT_KEY,
    /** The key issued in an earlier response; its first use commits it. */
    PENDING_KEY,
    /** The global registration key: a first contact, or a retry after a lost response. */
    REGISTRATION_KEY
}

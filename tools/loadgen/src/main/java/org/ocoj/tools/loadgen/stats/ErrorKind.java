package org.ocoj.tools.loadgen.stats;

/** Why a simulated request counts as failed; the summary counts each kind separately. */
public enum ErrorKind {
    /** HTTP status other than 200 (the status is part of the counted label). */
    HTTP_STATUS,
    /** A 5xx whose body mentions a database deadlock. */
    DEADLOCK,
    /** {@code x-oco-server-signature} missing or wrong for an agent that holds a server key (SPEC §1.6). */
    SIGNATURE,
    /** {@code result.timestamp} missing or not greater than the last one the agent accepted (SPEC §1.6). */
    TIMESTAMP,
    /** A 200 answer the agent could not use (not JSON, hello without {@code update}, …). */
    PROTOCOL,
    /** No answer within the request timeout. */
    TIMEOUT,
    /** Connection refused or reset. */
    CONNECTION,
    /** After the run, the server's stored inventory differed from the last one the agent sent. */
    VERIFICATION
}

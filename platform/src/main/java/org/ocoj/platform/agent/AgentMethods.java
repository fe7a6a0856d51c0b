package org.ocoj.platform.agent;

import java.util.Set;

/** Method names the core owns (SPEC §2.1); anything else goes to AgentMethod extensions. */
public final class AgentMethods {

    static final String HELLO = "oco.agent.hello";
    static final String UPDATE = "oco.agent.update";
    static final String PASSWORDS = "oco.agent.passwords";
    static final String UPDATE_JOB_STATE = "oco.agent.update_job_state";
    /** No plugin may export one of these (PluginRules). */
    public static final Set<String> CORE = Set.of(HELLO, UPDATE, PASSWORDS, UPDATE_JOB_STATE);

    private AgentMethods() {
    }
}

package org.ocoj.platform.agent;

/** Method names the core owns (SPEC §2.1); anything else goes to AgentMethod extensions. */
final class AgentMethods {

    static final String HELLO = "oco.agent.hello";
    static final String UPDATE = "oco.agent.update";
    static final String PASSWORDS = "oco.agent.passwords";
    static final String UPDATE_JOB_STATE = "oco.agent.update_job_state";

    private AgentMethods() {
    }
}

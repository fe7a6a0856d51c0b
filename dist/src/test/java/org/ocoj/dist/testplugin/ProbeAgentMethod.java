package org.ocoj.dist.testplugin;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocoj.api.server.AgentCall;
import org.ocoj.api.server.AgentMethod;
import org.pf4j.Extension;

/** An agent method that answers how often it was called: proves a plugin's extension is (not) called. */
@Extension
public class ProbeAgentMethod implements AgentMethod {

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public String method() {
        return "oco.agent.probe";
    }

    @Override
    public Map<String, Object> handle(AgentCall call) {
        return Map.of("probe", "called", "calls", calls.incrementAndGet(), "host", call.computer().hostname());
    }
}

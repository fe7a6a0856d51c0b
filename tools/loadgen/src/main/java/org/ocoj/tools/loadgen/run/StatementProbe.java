package org.ocoj.tools.loadgen.run;

import java.io.PrintStream;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocoj.tools.loadgen.db.StatementCounter;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.loadgen.verify.ClientApi;

/**
 * SQL statements per agent request (hello, unchanged update, changed update) for one fresh agent, one
 * request at a time, measured with {@link StatementCounter}.
 */
public final class StatementProbe {

    private final AgentTransport transport;
    private final InventoryTemplate template;
    private final PrintStream out;

    public StatementProbe(URI target, Duration timeout, PrintStream out) {
        this.transport = new AgentTransport(target, timeout);
        this.template = InventoryTemplate.load(null);
        this.out = out;
    }

    /** @param api null for self-registration, else the computer is pre-registered through it */
    public Map<String, Long> measure(String hostname, String registrationKey, ClientApi api,
                                     StatementCounter counter, int samples) throws SQLException {
        AgentSteps steps = new AgentSteps(transport, template);
        SimulatedAgent agent = new SimulatedAgent(999_999, hostname, registrationKey, null);
        if (api != null) {
            api.createComputer(hostname);
        }
        if (steps.hello(agent) == null || steps.hello(agent) == null || !steps.update(agent, 0)) {
            throw new IllegalStateException("Could not register " + hostname + ": "
                    + steps.total().errorsByLabel() + " " + steps.total().errorsByLabel().keySet().stream()
                    .map(steps.total()::example).findFirst().orElse(""));
        }
        Map<String, Long> statements = new LinkedHashMap<>();
        statements.put("hello", counter.median(samples, () -> steps.hello(agent) != null));
        statements.put("unchanged update", counter.median(samples, () -> steps.update(agent, 0)));
        statements.put("changed update (~5 % of packages)",
                counter.median(samples, () -> steps.update(agent, agent.inventoryVersion() + 1)));
        out.println("STATEMENTS " + statements);
        return statements;
    }
}

package org.ocoj.plugins.events;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.AgentCall;
import org.ocoj.api.server.AgentMethod;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * {@code oco.agent.events} (SPEC §2.6): stores a batch of events of the calling computer, each at most once,
 * and moves the "since" of every rule an event belongs to. The platform runs this in one transaction, and
 * the whole batch is validated before the first write, so a refused request stores nothing.
 */
@Extension
public class AgentEventsMethod implements AgentMethod {

    private final PluginContext context;
    private final EventStore events;
    private final RuleStore ruleStore;
    private final RuleCache rules;

    public AgentEventsMethod(PluginContext context) {
        this.context = context;
        this.events = new EventStore(context.dataSource(), context.computers());
        this.ruleStore = new RuleStore(context.dataSource());
        this.rules = new RuleCache(ruleStore, context.clock());
    }

    @Override
    public String method() {
        return "oco.agent.events";
    }

    @Override
    public Map<String, Object> handle(AgentCall call) {
        long maxEvents = context.settings().getLong(EventSettings.MAX_BATCH_EVENTS);
        List<IncomingEvent> batch = EventBatch.read(call.data(), maxEvents);
        long computerId = call.computer().id();
        events.insert(computerId, batch, LocalDateTime.now(context.clock()));
        ruleStore.advanceSince(computerId, newestPerRule(batch, rules.rules()));
        context.logger().fine(() -> "received " + batch.size() + " event(s) from " + call.computer().hostname());
        return Map.of();
    }

    /**
     * Which rule an event came from is not on the wire: a Windows event belongs to the rules of its log, a
     * journal event to the journalctl rules whose filter selects it (docs/events.md).
     */
    static Map<Long, LocalDateTime> newestPerRule(List<IncomingEvent> batch, List<EventRule> rules) {
        Map<Long, LocalDateTime> newest = new HashMap<>();
        for (IncomingEvent event : batch) {
            for (EventRule rule : rules) {
                if (rule.covers(event)) {
                    newest.merge(rule.id(), event.timestamp(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return newest;
    }
}

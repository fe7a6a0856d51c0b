package org.ocoj.plugins.events;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.CheckIn;
import org.ocoj.api.server.CheckInParticipant;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * Adds {@code events} to every hello response (SPEC §2.2, §5.1): each rule with the time of the newest event
 * this computer sent for it, so the agent sends only newer ones. Costs one indexed read per hello, none when
 * there are no rules (rules themselves come from {@link RuleCache}).
 */
@Extension
public class EventRulesInHello implements CheckInParticipant {

    static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private final RuleStore store;
    private final RuleCache rules;

    public EventRulesInHello(PluginContext context) {
        this.store = new RuleStore(context.dataSource());
        this.rules = new RuleCache(store, context.clock());
    }

    @Override
    public void onHello(CheckIn checkIn) {
        List<EventRule> current = rules.rules();
        if (current.isEmpty()) {
            return;
        }
        Map<Long, LocalDateTime> since = store.sinceOf(checkIn.computer().id());
        List<Map<String, Object>> events = new ArrayList<>(current.size());
        for (EventRule rule : current) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("since", since.getOrDefault(rule.id(), EPOCH).format(EventBatch.TIMESTAMP));
            item.put("log", rule.log());
            item.put("query", rule.query());
            events.add(item);
        }
        checkIn.respond("events", events);
    }
}

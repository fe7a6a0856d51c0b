package org.ocoj.plugins.events;

import java.util.Optional;
import java.time.LocalDateTime;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** {@code oco.event_rule.create} with {@code log} and {@code query}; an invalid rule is not stored. */
@Extension
public class CreateEventRule implements ClientMethod {
    private final PluginContext context;
    private final RuleStore rules;

    public CreateEventRule(PluginContext context) {
        this.context = context;
        this.rules = new RuleStore(context.dataSource());
    }

    @Override
    public String method() {
        return "oco.event_rule.create";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.EVENTS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        JsonParams data = call.data();
        EventRule checked = EventRule.of(0, RuleParams.rawText(data, "log"), RuleParams.rawText(data, "query"));
        long id = rules.insert(checked.log(), checked.query(), LocalDateTime.now(context.clock()));
        EventRule rule = new EventRule(id, checked.log(), checked.query(), checked.filter());
        call.audit(method(), "event_rule:" + id, rule.toJson());
        return rule.toJson();
    }
}

package org.ocoj.plugins.events;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** {@code oco.event_rule.update} with {@code id} and a new {@code log} and/or {@code query}. */
@Extension
public class UpdateEventRule implements ClientMethod {
    private final PluginContext context;
    private final RuleStore rules;

    public UpdateEventRule(PluginContext context) {
        this.context = context;
        this.rules = new RuleStore(context.dataSource());
    }

    @Override
    public String method() {
        return "oco.event_rule.update";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.EVENTS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        JsonParams data = call.data();
        EventRule old = RuleParams.existing(rules, data.requireLong("id"));
        String log = data.has("log") ? RuleParams.rawText(data, "log") : old.log();
        String query = data.has("query") ? RuleParams.rawText(data, "query") : old.query();
        EventRule rule = EventRule.of(old.id(), log, query);
        rules.update(rule, LocalDateTime.now(context.clock()));
        call.audit(method(), "event_rule:" + rule.id(), Map.of("before", old.toJson(), "after", rule.toJson()));
        return rule.toJson();
    }
}

package org.ocoj.plugins.events;

import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** {@code oco.event_rule.remove} with {@code id}. */
@Extension
public class RemoveEventRule implements ClientMethod {
    private final RuleStore rules;

    public RemoveEventRule(PluginContext context) {
        this.rules = new RuleStore(context.dataSource());
    }

    @Override
    public String method() {
        return "oco.event_rule.remove";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.EVENTS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        EventRule rule = RuleParams.existing(rules, call.data().requireLong("id"));
        rules.delete(rule.id());
        call.audit(method(), "event_rule:" + rule.id(), rule.toJson());
        return List.of();
    }
}

package org.ocoj.plugins.events;

import java.util.Optional;
import java.util.stream.Collectors;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** {@code oco.event_rule.list}: every rule, oldest first. */
@Extension
public class ListEventRules implements ClientMethod {
    private final RuleStore rules;

    public ListEventRules(PluginContext context) {
        this.rules = new RuleStore(context.dataSource());
    }

    @Override
    public String method() {
        return "oco.event_rule.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        return rules.all().stream().map(EventRule::toJson).collect(Collectors.toList());
    }
}

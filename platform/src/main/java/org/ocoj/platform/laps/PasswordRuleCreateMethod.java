package org.ocoj.platform.laps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.group.ComputerGroups;

/**
 * {@code oco.password_rule.create}: {@code {"username", "computer_group_id"?, "alphabet"?, "length"?,
 * "valid_seconds"?, "history"?, "default_password"?}} → {@code {"id"}}. Without a group the rule applies to every
 * computer.
 */
@ApplicationScoped
public class PasswordRuleCreateMethod implements ClientMethod {

    @Inject
    PasswordRules rules;
    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.password_rule.create";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        PasswordRule rule = PasswordRuleParams.parse(call.data());
        if (rule.groupId() != null) {
            groups.require(rule.groupId());
        }
        long id = rules.create(rule);
        call.audit(method(), "password_rule:" + id, rules.require(id).shape());
        return Map.of("id", id);
    }
}

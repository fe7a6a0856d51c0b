package org.ocoj.platform.laps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/**
 * {@code oco.password_rule.list}: {@code {"computer_group_id"?}} (0 = the rules for every computer) →
 * {@code [{"id", "computer_group_id", "username", "alphabet", "length", "valid_seconds", "history",
 * "has_default_password"}]}.
 */
@ApplicationScoped
public class PasswordRuleListMethod implements ClientMethod {

    @Inject
    PasswordRules rules;

    @Override
    public String method() {
        return "oco.password_rule.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        return rules.list(call.data().optionalLong("computer_group_id")).stream().map(PasswordRule::shape).toList();
    }
}

package org.ocoj.platform.laps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.scope.CallerScope;
import org.ocoj.platform.scope.GroupScope;

/**
 * {@code oco.password_rule.list}: {@code {"computer_group_id"?}} (0 = the rules for every computer) →
 * {@code [{"id", "computer_group_id", "username", "alphabet", "length", "valid_seconds", "history",
 * "has_default_password"}]}. An account limited to computer groups sees the rules of its groups (with their
 * subgroups) and the rules for every computer, which apply to its computers too — not other groups' rules; a group
 * outside its scope is "not found" before this runs ({@code computer_group_id} is a group parameter).
 */
@ApplicationScoped
public class PasswordRuleListMethod implements ClientMethod {

    @Inject
    PasswordRules rules;
    @Inject
    CallerScope caller;

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
        Optional<GroupScope> scope = caller.limited();
        return rules.list(call.data().optionalLong("computer_group_id")).stream()
                .filter(rule -> rule.groupId() == null || scope.map(s -> s.includesGroup(rule.groupId())).orElse(true))
                .map(PasswordRule::shape).toList();
    }
}

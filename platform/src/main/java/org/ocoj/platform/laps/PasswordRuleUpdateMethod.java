package org.ocoj.platform.laps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.group.ComputerGroups;

/** {@code oco.password_rule.update}: {@code {"id", …}} with the fields of create that change. */
@ApplicationScoped
public class PasswordRuleUpdateMethod implements ClientMethod {

    @Inject
    PasswordRules rules;
    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.password_rule.update";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        PasswordRule rule = PasswordRuleParams.merge(call.data(), rules.require(call.data().requireLong("id")));
        if (rule.groupId() != null) {
            groups.require(rule.groupId());
        }
        rules.update(rule);
        call.audit(method(), "password_rule:" + rule.id(), rule.shape());
        return null;
    }
}

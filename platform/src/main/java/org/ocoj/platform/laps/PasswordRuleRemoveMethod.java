package org.ocoj.platform.laps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.password_rule.remove}: {@code {"id"}}. Stored passwords stay (they are the computers' history). */
@ApplicationScoped
public class PasswordRuleRemoveMethod implements ClientMethod {

    @Inject
    PasswordRules rules;

    @Override
    public String method() {
        return "oco.password_rule.remove";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        PasswordRule rule = rules.require(call.data().requireLong("id"));
        rules.remove(rule.id());
        call.audit(method(), "password_rule:" + rule.id(), rule.shape());
        return null;
    }
}

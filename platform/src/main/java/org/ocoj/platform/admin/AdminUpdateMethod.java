package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocoj.api.server.ClientCall;

/**
 * {@code oco.admin.update}: {@code {"username", "role"?, "disabled"?, "reset_password"?}}. Disabling ends the
 * account's sessions; {@code reset_password: true} answers a generated password once ({@code generated_password})
 * which the account must change at its next login.
 */
@ApplicationScoped
public class AdminUpdateMethod extends ManageAccountsMethod {

    @Override
    public String method() {
        return "oco.admin.update";
    }

    @Override
    public Object handle(ClientCall call) {
        String username = call.data().requireString("username", 100);
        accounts.require(username);
        Map<String, Object> changes = new LinkedHashMap<>();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("username", username);
        call.data().optionalString("role", 100).ifPresent(role -> {
            accounts.setRole(username, role);
            changes.put("role", role);
        });
        call.data().optionalBoolean("disabled").ifPresent(disabled -> {
            accounts.setDisabled(username, disabled);
            if (disabled) {
                sessions.closeAll(username);
            }
            changes.put("disabled", disabled);
        });
        if (call.data().optionalBoolean("reset_password").orElse(false)) {
            String password = AdminCreateMethod.generatePassword();
            accounts.setPassword(username, PasswordHasher.hash(password), true);
            sessions.closeAll(username);
            changes.put("password_reset", true);
            answer.put("generated_password", password);
        }
        call.audit("oco.admin.update", "admin:" + username, changes);
        return answer;
    }
}

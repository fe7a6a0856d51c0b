package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.RequestException;

/**
 * {@code oco.admin.update}: {@code {"username", "role"?, "computer_group_ids"?, "disabled"?, "reset_password"?}}
 * ({@code computer_group_ids} null: every computer). Disabling ends the
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
        Optional<Optional<List<Long>>> scope = requestedScope(call.data());
        scope.filter(Optional::isEmpty).ifPresent(unlimited -> {
            applyScope(username, unlimited); // first, so that the same call may make the account an administrator
            changes.put("computer_group_ids", null);
        });
        call.data().optionalString("role", 100).ifPresent(role -> {
            if (Roles.ADMINISTRATOR.equals(role) && scope.isEmpty() && scopes.assigned(username).isPresent()) {
                throw RequestException.invalid("data.role: " + username + " is limited to computer groups, and an "
                        + "administrator sees every computer: send computer_group_ids null with the new role");
            }
            accounts.setRole(username, role);
            changes.put("role", role);
        });
        scope.filter(Optional::isPresent).ifPresent(groups -> {
            applyScope(username, groups);
            changes.put("computer_group_ids", groups.get());
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

package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.platform.security.Secrets;

/**
 * {@code oco.admin.create}: {@code {"username", "role", "password"?, "computer_group_ids"?}} (a list limits the
 * account to those computer groups and their subgroups). Without a password one is generated and
 * answered once ({@code generated_password}); the account must change it at its first login.
 */
@ApplicationScoped
public class AdminCreateMethod extends ManageAccountsMethod {

    @Override
    public String method() {
        return "oco.admin.create";
    }

    @Override
    public Object handle(ClientCall call) {
        String username = call.data().requireString("username", 100);
        String role = call.data().requireString("role", 100);
        Optional<String> chosen = call.data().optionalString("password", PasswordRules.MAX_LENGTH);
        chosen.ifPresent(password -> PasswordRules.check(username, password, "data.password"));
        String password = chosen.orElseGet(AdminCreateMethod::generatePassword);
        Optional<List<Long>> scope = requestedScope(call.data()).flatMap(s -> s);
        accounts.create(username, role, PasswordHasher.hash(password), chosen.isEmpty());
        applyScope(username, scope);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("role", role);
        detail.put("password_generated", chosen.isEmpty());
        detail.put("computer_group_ids", scope.orElse(null));
        call.audit("oco.admin.create", "admin:" + username, detail);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("username", username);
        answer.put("role", role);
        if (chosen.isEmpty()) {
            answer.put("generated_password", password);
        }
        return answer;
    }

    static String generatePassword() {
        return Secrets.randomKey(20);
    }
}

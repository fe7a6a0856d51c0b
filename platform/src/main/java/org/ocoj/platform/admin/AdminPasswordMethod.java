package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/**
 * {@code oco.admin.password}: the caller changes its own password, {@code {"current_password", "new_password"}}.
 * The current password is required (a session left open must not be enough) and the new one must pass
 * {@link PasswordRules}. Also the way out of a forced change.
 */
@ApplicationScoped
public class AdminPasswordMethod implements ClientMethod {

    @Inject
    AccountStore accounts;

    @Override
    public String method() {
        return "oco.admin.password";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SIGNED_IN);
    }

    @Override
    public Object handle(ClientCall call) {
        String username = call.adminUsername();
        String current = call.data().requireString("current_password", PasswordRules.MAX_LENGTH);
        String next = call.data().requireString("new_password", PasswordRules.MAX_LENGTH);
        if (accounts.kind(username) == AccountStore.Kind.DIRECTORY) {
            throw RequestException.invalid("Your password is kept in the directory (LDAP): change it there");
        }
        if (!PasswordHasher.verify(current, accounts.passwordHash(username))) {
            throw RequestException.invalid("data.current_password: this is not your current password");
        }
        if (next.equals(current)) {
            throw RequestException.invalid("data.new_password: choose a password different from the current one");
        }
        PasswordRules.check(username, next, "data.new_password");
        accounts.setPassword(username, PasswordHasher.hash(next), false);
        call.audit("oco.admin.password", "admin:" + username, Map.of());
        return null;
    }
}

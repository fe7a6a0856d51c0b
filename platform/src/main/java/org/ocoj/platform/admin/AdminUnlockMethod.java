package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/**
 * {@code oco.admin.unlock}: lifts the lock an account got after too many failed logins ({@link AccountLockout}),
 * e.g. for a colleague whose address is new. Answers whether it was locked; audited.
 */
@ApplicationScoped
public class AdminUnlockMethod implements ClientMethod {

    @Inject
    LoginGuard guard;

    @Override
    public String method() {
        return "oco.admin.unlock";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.ACCOUNTS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        String username = call.data().requireString("username", 100);
        boolean wasLocked = guard.unlock(username);
        call.audit("oco.admin.unlock", "admin:" + username, Map.of("was_locked", wasLocked));
        return Map.of("was_locked", wasLocked);
    }
}

package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.admin.Account;
import org.ocoj.platform.admin.AccountStore;
import org.ocoj.platform.audit.AuditLog;

/**
 * Decides whether an account may call a method, from the permission the method declares: one place for the web UI
 * and for scripts, core and plugin methods alike. A refusal is audited (outcome {@code refused}) and logged.
 */
@ApplicationScoped
public class MethodAccess {

    private static final Logger LOG = Logger.getLogger(MethodAccess.class.getName());

    @Inject
    AccountStore accounts;
    @Inject
    AuditLog audit;

    /**
     * @param tokenLimit the permissions of the personal API token the call came with, if it is limited
     * @throws AccessRefused if the account may not call the method
     */
    Account authorize(ClientMethod method, String username, Optional<Set<Permission>> tokenLimit, String remote) {
        Optional<Account> account = accounts.find(username).map(a -> tokenLimit.map(a::narrowedTo).orElse(a));
        String refusal = account.isEmpty() ? "the account " + username + " no longer exists"
                : refusal(account.get(), method);
        if (refusal != null) {
            LOG.info(() -> "Refused " + method.method() + " for " + username + " from " + remote + ": " + refusal);
            audit.recordRefusal(username, method.method(), "method:" + method.method(), Map.of("reason", refusal),
                    remote);
            throw new AccessRefused("Permission denied: " + refusal);
        }
        return account.get();
    }

    /** @return why the account may not call the method, or null if it may */
    static String refusal(Account account, ClientMethod method) {
        if (account.disabled()) {
            return "the account is disabled";
        }
        Optional<Permission> needed = method.permission();
        if (account.mustChangePassword() && !needed.equals(Optional.of(Permission.SIGNED_IN))) {
            return "change the generated password first (oco.admin.password)";
        }
        if (needed.isEmpty()) {
            return account.isAdministrator() ? null : method.method() + " declares no permission, so only "
                    + "administrators may call it" + (account.narrowed() ? " (not with a limited token)" : "");
        }
        return account.permits(needed.get()) ? null : method.method() + " needs the permission "
                + needed.get().id() + ", which " + (account.narrowed() ? "the token" : "the role " + account.role())
                + " does not have";
    }

    /** A call the account has no permission for: JSON-RPC error -32002. */
    static final class AccessRefused extends RuntimeException {
        AccessRefused(String message) {
            super(message);
        }
    }
}

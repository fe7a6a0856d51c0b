package org.ocoj.platform.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.ocoj.platform.admin.FailedLogins;
import org.ocoj.platform.admin.LoginGuard;
import org.ocoj.platform.admin.Logins;
import org.ocoj.platform.audit.AuditLog;
import org.ocoj.platform.db.Transactions;

/**
 * Web UI login and logout: the same admin accounts and the same throttling ({@link LoginGuard}) as the client API's
 * Basic auth, and both audited (a failed login too, so repeated guessing shows up in the audit log).
 */
@ApplicationScoped
public class UiLogin {

    @Inject
    Logins logins;
    @Inject
    Transactions transactions;
    @Inject
    LoginGuard guard;
    @Inject
    FailedLogins failedLogins;
    @Inject
    AdminSessions sessions;
    @Inject
    AuditLog audit;

    /** What a login attempt gave: a session, or a message, or a wait. */
    public record Outcome(Optional<AdminSessions.Session> session, String failure, long retryAfterSeconds) {
    }

    /** Not one transaction: a directory login waits on the network, so only the writes at the end are one. */
    public Outcome login(String username, String password, String remote) {
        Optional<LoginGuard.Refusal> refusal = guard.refusal(username, remote);
        if (refusal.isPresent()) {
            return new Outcome(Optional.empty(), refusal.get().message(), refusal.get().retryAfterSeconds());
        }
        if (username.isEmpty() || password.isEmpty()) {
            return new Outcome(Optional.empty(), "The user name and password cannot be empty", 0);
        }
        Optional<String> admin = logins.authenticate(username, password);
        if (admin.isEmpty()) {
            guard.failed(username, remote);
            failedLogins.record(FailedLogins.Via.UI, username, remote);
            audit.recordNow(username, "oco.ui.login", "admin:" + username, Map.of("authenticated", false), remote);
            return new Outcome(Optional.empty(), "Login failed: wrong user name or password", 0);
        }
        guard.succeeded(username, remote);
        AdminSessions.Session session = transactions.required(() -> {
            AdminSessions.Session opened = sessions.open(admin.get(), remote);
            audit.record(admin.get(), "oco.ui.login", "admin:" + admin.get(), Map.of("authenticated", true), remote);
            return opened;
        });
        return new Outcome(Optional.of(session), "", 0);
    }

    @Transactional
    public void logout(AdminSessions.Session session, String remote) {
        sessions.close(session);
        audit.record(session.username(), "oco.ui.logout", "admin:" + session.username(), Map.of(), remote);
    }
}

package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ocoj.platform.audit.AuditLog;

/**
 * Decides whether a password may be checked at all, for the client API's Basic auth and the web UI's login
 * alike: the address must not be throttled ({@link LoginThrottle}) and the account not locked for it
 * ({@link AccountLockout}). A lock is written to the audit log ({@code oco.admin.locked}) and the server log.
 */
@ApplicationScoped
public class LoginGuard {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class.getName());

    @Inject
    LoginThrottle throttle;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    private volatile AccountLockout lockout;

    /** Why no password is checked now, and for how long. */
    public record Refusal(String message, long retryAfterSeconds) {
    }

    public Optional<Refusal> refusal(String username, String remote) {
        long addressWait = throttle.waitMillis(remote);
        if (addressWait > 0) {
            return Optional.of(new Refusal("Too many failed logins from " + remote, seconds(addressWait)));
        }
        long accountWait = lockout().lockedMillis(username, remote);
        if (accountWait > 0) {
            return Optional.of(new Refusal("Too many failed logins for this account: it is locked except for "
                    + "addresses it logged in from before", seconds(accountWait)));
        }
        return Optional.empty();
    }

    public void failed(String username, String remote) {
        throttle.failed(remote);
        if (lockout().failed(username, remote)) {
            long minutes = AccountLockout.LOCK.toMinutes();
            LOG.warning(() -> "Account " + username + " locked for " + minutes + " min after "
                    + AccountLockout.MAX_FAILURES + " failed logins (the last from " + remote + ")");
            audit.recordNow(username, "oco.admin.locked", "admin:" + username, Map.of("failed_logins",
                    AccountLockout.MAX_FAILURES, "locked_minutes", minutes), remote);
        }
    }

    /** A wrong API token: it names no account, so only the address is throttled. */
    public void failedToken(String remote) {
        throttle.failed(remote);
    }

    public void tokenSucceeded(String remote) {
        throttle.succeeded(remote);
    }

    public void succeeded(String username, String remote) {
        throttle.succeeded(remote);
        lockout().succeeded(username, remote);
    }

    /** @return true if the account was locked */
    public boolean unlock(String username) {
        return lockout().unlock(username);
    }

    private AccountLockout lockout() {
        AccountLockout current = lockout;
        if (current == null) {
            synchronized (this) {
                if (lockout == null) {
                    lockout = new AccountLockout(clock);
                }
                current = lockout;
            }
        }
        return current;
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}

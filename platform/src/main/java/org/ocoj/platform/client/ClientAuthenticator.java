package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.ocoj.platform.admin.AdminAccounts;
import org.ocoj.platform.admin.LoginGuard;

/**
 * HTTP Basic authentication of an admin (CLIENT-API §1.3). Unknown user and wrong password get the same
 * answer and cost, so usernames cannot be probed (§4.1.7); repeated failures are throttled per address and per
 * account ({@link LoginGuard}).
 */
@ApplicationScoped
public class ClientAuthenticator {

    private static final Logger LOG = Logger.getLogger(ClientAuthenticator.class.getName());

    @Inject
    AdminAccounts admins;
    @Inject
    LoginGuard guard;

    /** A login attempt's outcome: the admin, or why not, or how long to wait. */
    public record Outcome(Optional<String> username, String failure, long retryAfterSeconds) {
    }

    public Outcome authenticate(String authorization, String remote) {
        String[] credentials = decode(authorization);
        String username = credentials == null ? "" : credentials[0];
        Optional<LoginGuard.Refusal> refusal = guard.refusal(username, remote);
        if (refusal.isPresent()) {
            return new Outcome(Optional.empty(), refusal.get().message(), refusal.get().retryAfterSeconds());
        }
        if (credentials == null || credentials[0].isEmpty() || credentials[1].isEmpty()) {
            return new Outcome(Optional.empty(), "The user name cannot be empty", 0);
        }
        Optional<String> admin = admins.authenticate(credentials[0], credentials[1]);
        if (admin.isEmpty()) {
            guard.failed(username, remote);
            LOG.warning(() -> "Client API login failed for user " + username + " from " + remote);
            return new Outcome(Optional.empty(), "Login failed", 0);
        }
        guard.succeeded(username, remote);
        return new Outcome(admin, "", 0);
    }

    private static String[] decode(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String text = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.ocoj.platform.admin.AdminAccounts;
import org.ocoj.platform.admin.LoginThrottle;

/**
 * HTTP Basic authentication of an admin (CLIENT-API §1.3). Unknown user and wrong password get the same
 * answer and cost, so usernames cannot be probed (§4.1.7); repeated failures from one address are throttled.
 */
@ApplicationScoped
public class ClientAuthenticator {

    private static final Logger LOG = Logger.getLogger(ClientAuthenticator.class.getName());

    @Inject
    AdminAccounts admins;
    @Inject
    LoginThrottle throttle;

    /** A login attempt's outcome: the admin, or why not, or how long to wait. */
    public record Outcome(Optional<String> username, String failure, long retryAfterSeconds) {
    }

    public Outcome authenticate(String authorization, String remote) {
        long wait = throttle.waitMillis(remote);
        if (wait > 0) {
            return new Outcome(Optional.empty(), "throttled", Math.max(1, (wait + 999) / 1000));
        }
        String[] credentials = decode(authorization);
        if (credentials == null || credentials[0].isEmpty() || credentials[1].isEmpty()) {
            return new Outcome(Optional.empty(), "The user name cannot be empty", 0);
        }
        Optional<String> admin = admins.authenticate(credentials[0], credentials[1]);
        if (admin.isEmpty()) {
            throttle.failed(remote);
            LOG.warning(() -> "Client API login failed for user " + credentials[0] + " from " + remote);
            return new Outcome(Optional.empty(), "Login failed", 0);
        }
        throttle.succeeded(remote);
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

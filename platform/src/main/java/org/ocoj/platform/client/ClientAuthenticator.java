package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.ocoj.platform.admin.ApiTokens;
import org.ocoj.platform.admin.FailedLogins;
import org.ocoj.platform.admin.LoginGuard;
import org.ocoj.platform.admin.Logins;

/**
 * HTTP Basic authentication of an admin (CLIENT-API §1.3), or a personal API token as {@code Bearer}. Unknown user and wrong password get the same
 * answer and cost, so usernames cannot be probed (§4.1.7); repeated failures are throttled per address and per
 * account ({@link LoginGuard}).
 */
@ApplicationScoped
public class ClientAuthenticator {

    @Inject
    Logins logins;
    @Inject
    LoginGuard guard;
    @Inject
    FailedLogins failedLogins;
    @Inject
    ApiTokens tokens;

    /** A login attempt's outcome: the admin and how its api_key is settled, or why not, or how long to wait. */
    public record Outcome(Optional<String> username, String failure, long retryAfterSeconds,
                          ClientRequestHandler.KeyCheck key) {
        Outcome(Optional<String> username, String failure, long retryAfterSeconds) {
            this(username, failure, retryAfterSeconds, ClientRequestHandler.KeyCheck.PARAMS);
        }
    }

    public Outcome authenticate(String authorization, String remote) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).trim(), remote);
        }
        String[] credentials = decode(authorization);
        String username = credentials == null ? "" : credentials[0];
        Optional<LoginGuard.Refusal> refusal = guard.refusal(username, remote);
        if (refusal.isPresent()) {
            return new Outcome(Optional.empty(), refusal.get().message(), refusal.get().retryAfterSeconds());
        }
        if (credentials == null || credentials[0].isEmpty() || credentials[1].isEmpty()) {
            return new Outcome(Optional.empty(), "The user name cannot be empty", 0);
        }
        Optional<String> admin = logins.authenticate(credentials[0], credentials[1]);
        if (admin.isEmpty()) {
            guard.failed(username, remote);
            failedLogins.record(FailedLogins.Via.API, username, remote);
            return new Outcome(Optional.empty(), "Login failed", 0);
        }
        guard.succeeded(username, remote);
        return new Outcome(admin, "", 0);
    }

    /** A personal API token instead of Basic auth: it stands for its owner and for params.api_key. */
    private Outcome bearer(String token, String remote) {
        Optional<LoginGuard.Refusal> refusal = guard.refusal("", remote);
        if (refusal.isPresent()) {
            return new Outcome(Optional.empty(), refusal.get().message(), refusal.get().retryAfterSeconds());
        }
        Optional<ApiTokens.Grant> grant = tokens.find(token);
        if (grant.isEmpty()) {
            guard.failedToken(remote);
            failedLogins.record(FailedLogins.Via.TOKEN, "", remote);
            return new Outcome(Optional.empty(), "Unknown, revoked or expired API token", 0);
        }
        guard.tokenSucceeded(remote);
        return new Outcome(Optional.of(grant.get().username()), "", 0, ClientRequestHandler.KeyCheck.bearer(grant.get()));
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

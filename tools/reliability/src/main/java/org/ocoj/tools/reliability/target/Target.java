package org.ocoj.tools.reliability.target;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.ocoj.tools.loadgen.verify.ClientApi;

/**
 * The server under test, as scenarios see it: where it answers, its credentials, its log, and — when the suite
 * started it — control over the process and the database.
 *
 * @param database           {@code embedded} or {@code mariadb}: the table's heading
 * @param log                everything the server printed so far
 * @param loginAccount       the admin account the login-throttling scenario attacks (its right password is
 *                           {@code loginPassword}); not the account the other scenarios use when they share a server
 * @param forwardedForTrusted whether the server believes {@code X-Forwarded-For} from loopback (OCO_TRUSTED_PROXIES)
 */
public record Target(String database, URI url, Credentials credentials, Supplier<String> log,
                     Optional<ServerControl> server, Optional<DatabaseControl> databaseControl,
                     String loginAccount, String loginPassword, boolean forwardedForTrusted, Secrets secrets) {

    /** The client API as the admin. */
    public ClientApi clientApi() {
        return new ClientApi(url, credentials.adminUser(), credentials.adminPassword(), credentials.apiKey());
    }

    public String host() {
        return url.getHost();
    }

    public int port() {
        return url.getPort();
    }
}

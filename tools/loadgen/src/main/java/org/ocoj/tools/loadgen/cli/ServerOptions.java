package org.ocoj.tools.loadgen.cli;

import java.net.URI;
import java.time.Duration;
import org.ocoj.tools.loadgen.net.LoopbackGuard;
import org.ocoj.tools.loadgen.verify.ClientApi;
import picocli.CommandLine.Option;

/** Where the server is and how to talk to it, shared by the commands. */
public final class ServerOptions {

    @Option(names = "--target", defaultValue = "http://127.0.0.1:8080/",
            description = "Server base URL (default: ${DEFAULT-VALUE}).")
    URI target;

    @Option(names = "--allow-remote", description = "Allow a target that is not this machine's loopback.")
    boolean allowRemote;

    @Option(names = "--registration-key", defaultValue = "${env:OCO_AGENT_REGISTRATION_KEY}",
            description = "Agent registration key (default: $OCO_AGENT_REGISTRATION_KEY).")
    String registrationKey;

    @Option(names = "--admin-user", defaultValue = "admin", description = "Client API user (default: admin).")
    String adminUser;

    @Option(names = "--admin-password", defaultValue = "${env:OCO_ADMIN_PASSWORD}",
            description = "Client API password (default: $OCO_ADMIN_PASSWORD).")
    String adminPassword;

    @Option(names = "--api-key", defaultValue = "${env:OCO_CLIENT_API_KEY}",
            description = "Client API key (default: $OCO_CLIENT_API_KEY).")
    String apiKey;

    @Option(names = "--timeout", defaultValue = "30s", converter = DurationConverter.class,
            description = "Per-request timeout, e.g. 30s (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** The checked target. */
    URI target() {
        LoopbackGuard.check(target, allowRemote);
        return target;
    }

    /** The client API, or null when no admin password / API key was given. */
    ClientApi clientApi() {
        if (adminPassword == null || adminPassword.isEmpty() || apiKey == null || apiKey.isEmpty()) {
            return null;
        }
        return new ClientApi(target(), adminUser, adminPassword, apiKey);
    }
}

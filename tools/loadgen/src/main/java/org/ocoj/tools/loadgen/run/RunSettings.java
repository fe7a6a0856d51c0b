package org.ocoj.tools.loadgen.run;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.ocoj.tools.loadgen.verify.ClientApi;

/**
 * Everything a run needs. Bounded on purpose: a run ends at {@code duration} or after {@code maxRequests}
 * measured requests, whichever comes first ({@code oncePerAgent} modes also end when every agent is done).
 *
 * @param target          server base URL, e.g. {@code http://127.0.0.1:8080/}
 * @param agents          number of simulated agents
 * @param concurrency     requests in flight at once (one worker thread each)
 * @param rate            overall requests per second, 0 = as fast as the concurrency allows
 * @param interval        hello period per agent in {@link Mode#MIXED}
 * @param preRegister     true: create the computers through the client API first; false: self-registration
 * @param hostnamePrefix  agents are {@code <prefix><n>}; use a fresh prefix per run against the same database
 * @param updateCapture   update request to send (null: the bundled 805-package capture)
 * @param clientApi       admin access for pre-registration and verification (null: neither possible)
 * @param seeded          agents are computers written by {@code seed} (keys derived from its secret); may be null
 * @param warmup          unmeasured load before the measured {@code duration}, so the server's JIT has compiled the
 *                        hot path (steady state); zero for none, not for modes where each agent acts once
 */
public record RunSettings(URI target, Mode mode, int agents, int concurrency, Duration warmup, Duration duration,
                          long maxRequests,
                          double rate, Duration interval, Duration timeout, boolean preRegister,
                          String registrationKey, String hostnamePrefix, Path updateCapture, ClientApi clientApi,
                          boolean verify, Duration progressEvery, SeededAgents seeded, PrintStream out) {

    /** Computers written by the seeder: hostnames {@code <prefix><n>} with keys derived from {@code secret}. */
    public record SeededAgents(String prefix, String secret) {
    }

    public RunSettings {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mode, "mode");
        if (agents < 1 || concurrency < 1) {
            throw new IllegalArgumentException("--agents and --concurrency must be at least 1");
        }
        if (warmup.isNegative() || !warmup.isZero() && mode.oncePerAgent()) {
            throw new IllegalArgumentException("--warmup must not be negative, and mode " + mode.option()
                    + " (each agent once) has none");
        }
        if (duration.isNegative() || duration.isZero() || maxRequests < 1) {
            throw new IllegalArgumentException("--duration and --max-requests must be positive");
        }
        if (rate < 0) {
            throw new IllegalArgumentException("--rate must not be negative");
        }
        if (seeded != null && mode.oncePerAgent()) {
            throw new IllegalArgumentException("Seeded agents are already registered; mode " + mode.option()
                    + " needs new agents");
        }
        if ((preRegister || verify) && clientApi == null) {
            throw new IllegalArgumentException("Pre-registration and verification need the client API: "
                    + "give --admin-password and --api-key (or --no-verify with self-registration)");
        }
        if (registrationKey == null && seeded == null) {
            throw new IllegalArgumentException("--registration-key is required unless the agents are seeded");
        }
    }
}

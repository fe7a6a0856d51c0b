package org.ocoj.tools.loadgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.ocoj.tools.loadgen.run.LoadRun;
import org.ocoj.tools.loadgen.run.Mode;
import org.ocoj.tools.loadgen.run.RunResult;
import org.ocoj.tools.loadgen.run.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code loadgen run}: one bounded load run; exit code 0 only without errors and with correct inventories. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Simulate agents against a server.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Option(names = "--mode", defaultValue = "hello", description = "register, hello, update, changed-update, "
            + "first-update-storm or mixed (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--agents", defaultValue = "100", description = "Simulated agents (default: ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--concurrency", defaultValue = "32", description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--warmup", defaultValue = "0s", converter = DurationConverter.class,
            description = "Unmeasured load before the measured time, for a steady state (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest measured time (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--max-requests", defaultValue = "10000000", description = "Most measured requests.")
    long maxRequests;

    @Option(names = "--rate", defaultValue = "0", description = "Requests per second, 0 = unlimited.")
    double rate;

    @Option(names = "--interval", defaultValue = "60s", converter = DurationConverter.class,
            description = "Hello period per agent in mixed mode (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--pre-register", description = "Create the computers via the client API instead of self-registration.")
    boolean preRegister;

    @Option(names = "--hostname-prefix", description = "Agent hostnames are <prefix><n> (default: lg-<random>-).")
    String hostnamePrefix;

    @Option(names = "--update-file", description = "Update request capture (default: the bundled 805-package one).")
    Path updateFile;

    @Option(names = "--no-verify", description = "Skip the inventory check through the client API.")
    boolean noVerify;

    @Option(names = "--progress", defaultValue = "5s", converter = DurationConverter.class,
            description = "Progress line period (default: ${DEFAULT-VALUE}).")
    Duration progress;

    @Option(names = "--seeded-prefix", description = "Act as computers written by `seed` with this prefix.")
    String seededPrefix;

    @Option(names = "--seed-secret", defaultValue = "loadgen", description = "Secret the seeded keys derive from.")
    String seedSecret;

    @Option(names = "--markdown", description = "Append a results table row to this file.")
    Path markdown;

    @Option(names = "--label", description = "Row label for --markdown (default: the mode).")
    String label;

    @Override
    public Integer call() throws InterruptedException, IOException {
        Mode parsed = Mode.parse(mode);
        RunSettings settings = new RunSettings(server.target(), parsed, agents, concurrency, warmup, duration, maxRequests,
                rate, interval, server.timeout, preRegister, server.registrationKey,
                hostnamePrefix != null ? hostnamePrefix : "lg-" + UUID.randomUUID().toString().substring(0, 6) + "-",
                updateFile, server.clientApi(), !noVerify, progress,
                seededPrefix == null ? null : new RunSettings.SeededAgents(seededPrefix, seedSecret), System.out);
        RunResult result = new LoadRun(settings).run();
        if (markdown != null) {
            Files.writeString(markdown, result.markdownRow(label != null ? label : parsed.option())
                    + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return result.clean() ? 0 : 1;
    }
}

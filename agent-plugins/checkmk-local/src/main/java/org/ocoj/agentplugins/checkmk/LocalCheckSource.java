package org.ocoj.agentplugins.checkmk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.agent.ServiceCheck;
import org.ocoj.api.agent.ServiceCheckSource;
import org.pf4j.Extension;

/**
 * CheckMK local checks (SPEC §6): runs every executable of the service-checks directory for each hello, a few
 * at a time, each with its own time limit, and parses what they print. A script that hangs, fails without
 * output, or prints too much is reported as an UNKNOWN service named {@code local check <file>}, so the
 * admin sees it on the server. Scripts in a numbered subfolder ({@code 300/}) run at most every that many
 * seconds; their last results are reused in between.
 *
 * <p>Settings in {@code oco-agent.ini} (OCO-J only): {@code [service-checks] directory} (default
 * {@code /usr/lib/oco-agent/service-checks} on Linux, {@code service-checks} in the agent's folder elsewhere)
 * and {@code [service-checks] timeout} (seconds per script, default 10).
 */
@Extension
public final class LocalCheckSource implements ServiceCheckSource {
    static final Path LINUX_DIRECTORY = Path.of("/usr/lib/oco-agent/service-checks");
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final int PARALLEL_SCRIPTS = 4;
    private static final Logger LOG = Logger.getLogger(LocalCheckSource.class.getName());

    private final Clock clock;
    /** Last results of cached scripts, by path. */
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Instant ranAt, List<ServiceCheck> results) {
    }

    public LocalCheckSource() {
        this(Clock.systemUTC());
    }

    LocalCheckSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "checkmk-local";
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() != OsFamily.OTHER;
    }

    @Override
    public Optional<List<ServiceCheck>> check(CollectorContext context) throws IOException, InterruptedException {
        Path directory = directory(context);
        if (!Files.isDirectory(directory)) {
            cache.clear();
            return Optional.empty(); // upstream's services: null
        }
        List<CheckDirectory.Script> scripts = CheckDirectory.scripts(directory);
        cache.keySet().retainAll(scripts.stream().map(CheckDirectory.Script::path).toList());
        Duration timeout = timeout(context);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_SCRIPTS, runnable -> {
            Thread thread = new Thread(runnable, "local-checks");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<CheckDirectory.Script, Future<List<ServiceCheck>>> running = new LinkedHashMap<>();
            for (CheckDirectory.Script script : scripts) {
                running.put(script, pool.submit(() -> resultsOf(script, timeout)));
            }
            List<ServiceCheck> services = new ArrayList<>();
            for (Map.Entry<CheckDirectory.Script, Future<List<ServiceCheck>>> entry : running.entrySet()) {
                services.addAll(await(entry.getKey(), entry.getValue()));
            }
            return Optional.of(services);
        } finally {
            pool.shutdownNow(); // interrupted by the agent's time limit: kill what still runs
        }
    }

    private List<ServiceCheck> resultsOf(CheckDirectory.Script script, Duration timeout) throws InterruptedException {
        Instant now = clock.instant();
        Cached cached = cache.get(script.path());
        if (cached != null && now.isBefore(cached.ranAt().plus(script.cacheInterval()))) {
            return cached.results();
        }
        List<ServiceCheck> results = runScript(script, timeout);
        if (!script.cacheInterval().isZero()) {
            cache.put(script.path(), new Cached(now, results));
        }
        return results;
    }

    static List<ServiceCheck> runScript(CheckDirectory.Script script, Duration timeout) throws InterruptedException {
        String name = "local check " + script.label();
        ScriptRun.Result run;
        try {
            run = ScriptRun.run(script.path(), timeout);
        } catch (IOException e) {
            return List.of(ServiceCheck.unknown(name, "cannot run " + script.path() + ": " + e.getMessage()));
        }
        if (run.timedOut()) {
            LOG.warning(script.path() + " did not finish within " + timeout.toSeconds() + " s and was stopped");
            return List.of(ServiceCheck.unknown(name, "did not finish within " + timeout.toSeconds() + " s; stopped"));
        }
        if (run.outputTooLong()) {
            return List.of(ServiceCheck.unknown(name, "printed more than " + ScriptRun.MAX_OUTPUT / 1024
                    + " KiB; output ignored"));
        }
        List<ServiceCheck> services = LocalCheckParser.parse(OutputDecoder.decode(run.output()), name);
        if (services.isEmpty() && run.exitCode() != 0) {
            String error = run.errorOutput().isEmpty() ? "no output" : firstLine(run.errorOutput());
            return List.of(ServiceCheck.unknown(name, "exited with status " + run.exitCode() + ": " + error));
        }
        return services;
    }

    private static List<ServiceCheck> await(CheckDirectory.Script script, Future<List<ServiceCheck>> future)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return List.of(ServiceCheck.unknown("local check " + script.label(), "failed: " + e.getCause()));
        }
    }

    static Path directory(CollectorContext context) {
        return context.setting("service-checks", "directory").filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> context.platform().family() == OsFamily.LINUX ? LINUX_DIRECTORY
                        : Path.of(System.getProperty("oco.agent.home", "."), "service-checks"));
    }

    static Duration timeout(CollectorContext context) {
        Optional<String> value = context.setting("service-checks", "timeout");
        try {
            long seconds = Long.parseLong(value.orElse(String.valueOf(DEFAULT_TIMEOUT.toSeconds())).trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning("[service-checks] timeout = '" + value.orElse("") + "' is not a positive whole number; using "
                + DEFAULT_TIMEOUT.toSeconds() + " s");
        return DEFAULT_TIMEOUT;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}

package org.ocoj.agent.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.ServiceCheck;
import org.ocoj.api.agent.ServiceCheckSource;

/**
 * Runs the applicable {@link ServiceCheckSource}s for one hello, in parallel, each with its own time limit.
 * The result is all-or-nothing like an inventory section: if any source fails or overruns, or none has
 * anything to run, there is no list and the hello carries {@code services: null} (SPEC §6) — the server then
 * keeps what it has instead of believing that services disappeared.
 */
public final class ServiceCheckRunner {

    /** No sources: every hello says {@code services: null}. */
    public static final ServiceCheckRunner NONE = new ServiceCheckRunner(List.of());

    private final Supplier<List<ServiceCheckSource>> sources;

    public ServiceCheckRunner(List<ServiceCheckSource> sources) {
        List<ServiceCheckSource> fixed = List.copyOf(sources);
        this.sources = () -> fixed;
    }

    /** Asks {@code sources} before every run: plugins delivered by the server are replaced while the agent runs. */
    public ServiceCheckRunner(Supplier<List<ServiceCheckSource>> sources) {
        this.sources = sources;
    }

    public Optional<List<ServiceCheck>> run(CollectorContext context) {
        List<ServiceCheckSource> applicable = sources.get().stream()
                .filter(source -> source.appliesTo(context.platform()))
                .toList();
        try (TimeLimitedCalls calls = new TimeLimitedCalls()) {
            Map<ServiceCheckSource, Future<Optional<List<ServiceCheck>>>> running = new LinkedHashMap<>();
            applicable.forEach(source -> running.put(source, calls.submit(() -> source.check(context))));
            List<ServiceCheck> checks = new ArrayList<>();
            boolean anyList = false;
            for (Map.Entry<ServiceCheckSource, Future<Optional<List<ServiceCheck>>>> entry : running.entrySet()) {
                ServiceCheckSource source = entry.getKey();
                Optional<Optional<List<ServiceCheck>>> result = calls.await("service-check source " + source.id(),
                        entry.getValue(), source.timeLimit(), "services not sent in this hello");
                if (result.isEmpty()) {
                    return Optional.empty();
                }
                if (result.get().isPresent()) {
                    anyList = true;
                    checks.addAll(result.get().get());
                }
            }
            return anyList ? Optional.of(List.copyOf(checks)) : Optional.empty();
        }
    }
}

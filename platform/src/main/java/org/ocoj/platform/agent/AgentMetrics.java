package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.ocoj.api.server.AgentMethod;
import org.ocoj.platform.metrics.Outcome;
import org.ocoj.platform.metrics.RequestTimers;
import org.ocoj.platform.plugin.PluginHost;

/**
 * The agent API's metrics ({@code /metrics}): {@code oco_agent_requests_seconds} by method and outcome, and which
 * way a hello went — {@code oco_agent_hello_total{path="fast"}} (one heartbeat write, no transaction) or
 * {@code path="full"} ({@link AgentServlet}), and {@code oco_agent_cache_computers} ({@link KnownComputers}). Cheap enough for the hot path: no lookup in
 * the registry per request.
 */
@ApplicationScoped
class AgentMetrics {

    private final PluginHost plugins;
    private final RequestTimers requests;
    private final Counter fastHellos;
    private final Counter fullHellos;

    protected AgentMetrics() {
        plugins = null; // for CDI proxies
        requests = null;
        fastHellos = null;
        fullHellos = null;
    }

    @Inject
    AgentMetrics(MetricRegistry registry, PluginHost plugins, KnownComputers known) {
        this.plugins = plugins;
        requests = new RequestTimers(registry, Metadata.builder().withName("oco_agent_requests")
                .withUnit(MetricUnits.NANOSECONDS) // what a timer measures; /metrics shows seconds
                .withDescription("Agent API requests (/api-agent.php) by JSON-RPC method and outcome, with their "
                        + "latency").build(), this::known);
        Metadata hellos = Metadata.builder().withName("oco_agent_hello")
                .withDescription("Agent hellos answered by the fast path (heartbeat only: one write) or the full "
                        + "path (a transaction with the computer's row locked)").build();
        fastHellos = registry.counter(hellos, new Tag("path", "fast"));
        fullHellos = registry.counter(hellos, new Tag("path", "full"));
        AgentMethods.CORE.forEach(requests::declare); // 0 until the first request, so rate() works from the start
        registry.gauge(Metadata.builder().withName("oco_agent_cache_computers")
                .withDescription("Computers this node remembers for the agent hot path (at most OCO_AGENT_CACHE_SIZE)")
                .build(), known.sizeReader(), IntSupplier::getAsInt);
    }

    /** Created with the application, so the series exist (at 0) before the first request. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing more: observing the event creates the bean, and its constructor registers the series
    }

    /** @param method the JSON-RPC method, null when the request could not be read */
    void request(String method, int status, long nanos) {
        requests.record(method, Outcome.ofStatus(status), nanos);
    }

    void hello(boolean fastPath) {
        (fastPath ? fastHellos : fullHellos).inc();
    }

    private boolean known(String method) {
        return AgentMethods.CORE.contains(method)
                || plugins.extensions(AgentMethod.class).stream().anyMatch(m -> method.equals(m.method()));
    }
}

package org.ocoj.platform.agent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntSupplier;
import org.ocoj.platform.computer.AgentView;
import org.ocoj.platform.computer.ComputerRepository;
import org.ocoj.platform.config.ServerConfig;

/**
 * This node's memory of computers as the last heartbeat left them, so a fast-path hello needs no read
 * (ARCHITECTURE §5: "a small in-memory cache of keys"). It never has to be invalidated for correctness: the
 * heartbeat write checks every column the answer was computed from, a stale entry makes it write nothing,
 * and the request then takes the full path and {@link #forget}s the entry. Bounded by
 * {@code oco.agent.cache.size} computers (about 1 KiB each); beyond that, the others are read each time.
 */
@ApplicationScoped
class KnownComputers {

    private final ConcurrentMap<String, AgentView> byHostname = new ConcurrentHashMap<>();
    private int limit;

    @Inject
    ComputerRepository computers;
    @Inject
    ServerConfig config;

    @PostConstruct
    void init() {
        limit = config.agentCacheSize();
    }

    Optional<AgentView> find(String hostname) {
        AgentView cached = byHostname.get(hostname);
        return cached != null ? Optional.of(cached) : computers.findByHostname(hostname);
    }

    /** After a heartbeat was written: what the row now holds. */
    void remember(AgentView seen, BigDecimal agentTimestamp, long serverTimestampMicros) {
        if (byHostname.size() < limit || byHostname.containsKey(seen.hostname())) {
            byHostname.put(seen.hostname(), seen.afterHeartbeat(agentTimestamp, serverTimestampMicros));
        }
    }

    void forget(String hostname) {
        byHostname.remove(hostname);
    }

    /**
     * Reads how many computers this node remembers (a metric's gauge): bound to this instance, not to a CDI proxy,
     * because the metrics endpoint asks from Payara's own threads, where the application's proxies do not work.
     */
    IntSupplier sizeReader() {
        return byHostname::size;
    }
}

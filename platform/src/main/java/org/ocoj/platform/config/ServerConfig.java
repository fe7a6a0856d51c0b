package org.ocoj.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Start-up configuration from MicroProfile Config: system properties, then environment variables
 * ({@code oco.db.url} ↔ {@code OCO_DB_URL}), then META-INF/microprofile-config.properties.
 */
@ApplicationScoped
public class ServerConfig {

    private Config config;
    private final Map<String, Optional<String>> explicit = new ConcurrentHashMap<>();
    private volatile long maxAgentBodyBytes;
    private volatile long bodyTimeoutMillis;

    protected ServerConfig() {
        // for CDI proxies
    }

    @Inject
    public ServerConfig(Config config) {
        this.config = config;
    }

    public int httpPort() {
        return config.getValue("oco.http.port", Integer.class);
    }

    public Path dataDir() {
        return Path.of(config.getValue("oco.data.dir", String.class)).toAbsolutePath().normalize();
    }

    public Path pluginsDir() {
        return Path.of(config.getValue("oco.plugins.dir", String.class)).toAbsolutePath().normalize();
    }

    public long maxAgentBodyBytes() {
        long max = maxAgentBodyBytes; // asked on every agent request; the sources do not change while running
        if (max == 0) {
            max = config.getValue("oco.agent.max-body-bytes", Long.class);
            maxAgentBodyBytes = max;
        }
        return max;
    }

    /**
     * The longest time a client may take to send a request body ({@code OCO_BODY_TIMEOUT_MILLIS}); bodies are
     * read without holding a request thread (http/AsyncBodyFilter), so a slow sender costs memory, not a thread.
     */
    public long bodyTimeoutMillis() {
        long millis = bodyTimeoutMillis;
        if (millis == 0) {
            millis = config.getValue("oco.body.timeout-millis", Long.class);
            if (millis <= 0) {
                throw new IllegalArgumentException("OCO_BODY_TIMEOUT_MILLIS must be a positive number of milliseconds");
            }
            bodyTimeoutMillis = millis;
        }
        return millis;
    }

    /**
     * The longest a stop waits for the requests in flight ({@code OCO_DRAIN_SECONDS}, 0 to 3600) before the server
     * goes away anyway (health/Drain).
     */
    public Duration drainTime() {
        int seconds = config.getValue("oco.drain.seconds", Integer.class);
        if (seconds < 0 || seconds > 3600) {
            throw new IllegalArgumentException("OCO_DRAIN_SECONDS must be between 0 and 3600 seconds, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    /** Bytes of request bodies held in memory at once ({@code OCO_BODY_BUDGET_BYTES}); empty: the default. */
    public Optional<Long> bodyBudgetBytes() {
        return config.getOptionalValue("oco.body.budget-bytes", Long.class);
    }

    /** How many software catalogue ids each node keeps in memory ({@code OCO_SOFTWARE_CACHE_SIZE}). */
    public int softwareCacheSize() {
        return config.getValue("oco.software.cache.size", Integer.class);
    }

    /** Seconds between two runs of the login and change-history retention ({@code OCO_INVENTORY_RETENTION_INTERVAL}). */
    public long inventoryRetentionIntervalSeconds() {
        return config.getValue("oco.inventory.retention.interval", Long.class);
    }

    /**
     * Seconds between two writes of the dashboard's activity series ({@code OCO_ACTIVITY_INTERVAL}): each node adds
     * its check-in and inventory-update counts, one node records the online count.
     */
    public long activityIntervalSeconds() {
        return config.getValue("oco.activity.interval", Long.class);
    }

    /** How many computers the agent hot path keeps in memory ({@code OCO_AGENT_CACHE_SIZE}). */
    public int agentCacheSize() {
        return config.getValue("oco.agent.cache.size", Integer.class);
    }

    /** Addresses of reverse proxies whose X-Forwarded-For is believed ({@code OCO_TRUSTED_PROXIES}). */
    public String trustedProxies() {
        return value("oco.trusted.proxies").orElse("");
    }

    public Optional<String> value(String property) {
        return config.getOptionalValue(property, String.class);
    }

    /**
     * A value that was set explicitly, even to the empty string — MicroProfile Config treats an empty value as
     * unset, but {@code OCO_AGENT_REGISTRATION_KEY=""} is a deliberate choice (SPEC §1.8).
     */
    public Optional<String> explicitValue(String property) {
        // asked on the hot path (settings pinned by the environment); the sources do not change while running
        return explicit.computeIfAbsent(property, this::lookUpExplicitValue);
    }

    private Optional<String> lookUpExplicitValue(String property) {
        Optional<String> value = value(property);
        if (value.isPresent()) {
            return value;
        }
        if (System.getProperties().containsKey(property)) {
            return Optional.of("");
        }
        return System.getenv().containsKey(environmentName(property)) ? Optional.of("") : Optional.empty();
    }

    public static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public Config raw() {
        return config;
    }
}

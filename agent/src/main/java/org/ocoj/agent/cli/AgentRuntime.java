package org.ocoj.agent.cli;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ocoj.agent.checkin.CheckInCycle;
import org.ocoj.agent.checkin.CheckInLoop;
import org.ocoj.agent.checkin.LocalIdentity;
import org.ocoj.agent.checkin.PluginRunners;
import org.ocoj.agent.checkin.Sleeper;
import org.ocoj.agent.collect.CollectorHost;
import org.ocoj.agent.collect.CollectorRunner;
import org.ocoj.agent.config.AgentConfigFile;
import org.ocoj.agent.config.AgentSettings;
import org.ocoj.agent.config.ConfigException;
import org.ocoj.agent.delivery.DeliveredCollectors;
import org.ocoj.agent.discovery.ApiEndpoint;
import org.ocoj.agent.laps.LocalPasswordChanger;
import org.ocoj.agent.laps.PasswordRotation;
import org.ocoj.agent.discovery.Rfc2782Order;
import org.ocoj.agent.discovery.SrvDiscovery;
import org.ocoj.agent.protocol.AgentClient;
import org.ocoj.agent.protocol.AgentIdentity;
import org.ocoj.agent.protocol.JsonCodec;
import org.ocoj.agent.protocol.RequestClock;
import org.ocoj.agent.protocol.ServerTimestampGuard;
import org.ocoj.api.agent.Platform;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Name;
import org.xbill.DNS.ResolverConfig;

/**
 * Wires the agent's parts from a configuration file and a list of collectors. The one place that calls
 * constructors; everything else gets what it needs passed in.
 */
final class AgentRuntime {
    /** How far a server timestamp may be ahead of the local clock before it is refused (SPEC 9.5). */
    static final Duration MAX_SERVER_CLOCK_AHEAD = Duration.ofDays(1);

    private final AgentConfigFile config;
    private final AgentSettings settings;
    private final CollectorRunner collectors;
    private final ApiEndpoint endpoint;
    private final CheckInCycle cycle;

    AgentRuntime(AgentConfigFile config, CollectorHost host) throws ConfigException {
        this.config = config;
        this.settings = config.settings();
        PluginRunners runners = PluginRunners.of(host);
        this.collectors = runners.collectors();
        Clock clock = Clock.systemUTC();
        AgentIdentity identity = LocalIdentity.detect(settings);
        ServerTimestampGuard guard = ServerTimestampGuard.load(settings.timestampFile(), clock, MAX_SERVER_CLOCK_AHEAD);
        HttpClient http = AgentClient.newHttpClient(Duration.ofSeconds(settings.connectTimeoutSeconds()));
        AgentClient client = new AgentClient(http, Duration.ofSeconds(settings.readTimeoutSeconds()),
                config::agentKey, config::serverKey, identity, new RequestClock(clock), guard, new JsonCodec());
        this.endpoint = new ApiEndpoint(config, this::discovery);
        DeliveredCollectors delivery = new DeliveredCollectors(config.deliveredPluginsDir(), http,
                Duration.ofSeconds(settings.readTimeoutSeconds()), host);
        this.cycle = new CheckInCycle(client, endpoint, config, this.collectors, runners.serviceChecks(),
                Platform.current(), identity, delivery, runners.events(), new PasswordRotation(client, config::agentKey,
                        LocalPasswordChanger.forFamily(Platform.current().family()), new SecureRandom()));
    }

    CheckInCycle cycle() {
        return cycle;
    }

    CheckInLoop loop() {
        return new CheckInLoop(cycle, endpoint, Duration.ofSeconds(settings.queryIntervalSeconds()), Sleeper.REAL);
    }

    /** DNS SRV discovery with the system resolver, built only when it is needed. */
    private String discovery() throws org.ocoj.agent.discovery.DiscoveryException {
        ResolverConfig resolverConfig = ResolverConfig.getCurrentConfig();
        List<String> domains = settings.discoveryDomain().map(List::of)
                .orElseGet(() -> resolverConfig.searchPath().stream().map(Name::toString).toList());
        ExtendedResolver resolver = new ExtendedResolver();
        resolver.setTimeout(Duration.ofSeconds(10)); // upstream's lifetime for the SRV query (SPEC 4.2)
        SecureRandom random = new SecureRandom();
        return new SrvDiscovery(resolver, domains, new Rfc2782Order(bound -> random.nextInt(bound + 1)))
                .discoverApiUrl();
    }

    Path configPath() {
        return config.path();
    }

    Optional<String> value(String section, String key) {
        return config.value(section, key);
    }
}

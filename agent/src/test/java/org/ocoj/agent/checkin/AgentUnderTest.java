package org.ocoj.agent.checkin;

import org.ocoj.agent.delivery.CollectorDelivery;
import org.ocoj.agent.delivery.DeliveredCollectors;
import org.ocoj.agent.collect.CollectorHost;
import java.net.http.HttpClient;
import java.util.function.Function;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ocoj.agent.collect.CollectorRunner;
import org.ocoj.agent.collect.ServiceCheckRunner;
import org.ocoj.agent.collect.StubCollector;
import org.ocoj.agent.config.AgentConfigFile;
import org.ocoj.agent.discovery.ApiEndpoint;
import org.ocoj.agent.discovery.ApiUrlDiscovery;
import org.ocoj.agent.events.EventRunner;
import org.ocoj.agent.laps.LocalPasswordChanger;
import org.ocoj.agent.laps.PasswordCommands;
import org.ocoj.agent.laps.PasswordRotation;
import org.ocoj.agent.protocol.AgentClient;
import org.ocoj.agent.protocol.AgentIdentity;
import org.ocoj.agent.protocol.JsonCodec;
import org.ocoj.agent.protocol.RequestClock;
import org.ocoj.agent.protocol.ServerTimestampGuard;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.agent.ServiceCheck;
import org.ocoj.api.agent.ServiceCheckSource;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.inventory.OperatingSystem;
import org.ocoj.api.inventory.SoftwarePackage;

/** A real agent (real ini, timestamp file, HTTP client) pointed at any URL, with stub collectors. */
final class AgentUnderTest {
    static final SoftwarePackage BASH = new SoftwarePackage("bash", "5.2.15-2+b7", "GNU Bourne Again SHell");
    static final OperatingSystem DEBIAN = new OperatingSystem("Debian GNU/Linux", "12", "-", "-", "6.1.0-18-amd64",
            "x86_64", 6699.69, "Legacy", "0", "pc1.corp.example");
    static final NetworkAddress ETH0 = new NetworkAddress("eth0", "192.0.2.2", "255.255.255.0", "192.0.2.255", "02:fc:00:00:00:01");

    final Path ini;
    final AgentConfigFile config;
    final ApiEndpoint endpoint;
    final CheckInCycle cycle;
    /** What the stub service-check source returns in the next hellos; null = no check directory. */
    volatile List<ServiceCheck> services;

    AgentUnderTest(Path dir, String apiUrl, ApiUrlDiscovery discovery, String iniExtra) throws Exception {
        this(dir, apiUrl, discovery, iniExtra, new EventRunner(List.of()));
    }

    AgentUnderTest(Path dir, String apiUrl, ApiUrlDiscovery discovery, String iniExtra, EventRunner events) throws Exception {
        this(dir, apiUrl, discovery, iniExtra, agent -> new Parts(stubCollectors(),
                new ServiceCheckRunner(List.of(agent.stubChecks())), CollectorDelivery.NONE, events, Optional.empty()));
    }

    /** @param passwords how local passwords are set (empty: the agent cannot, as on an unknown system) */
    AgentUnderTest(Path dir, URI url, Optional<PasswordCommands> passwords) throws Exception {
        this(dir, url.toString(), NO_DISCOVERY, "", agent -> new Parts(stubCollectors(),
                new ServiceCheckRunner(List.of(agent.stubChecks())), CollectorDelivery.NONE, new EventRunner(List.of()),
                passwords));
    }

    /** What the cycle runs: stubs, or a plugin host's extensions; {@code passwords} sets local passwords. */
    record Parts(CollectorRunner collectors, ServiceCheckRunner serviceChecks, CollectorDelivery delivery,
                 EventRunner events, Optional<PasswordCommands> passwords) {
    }

    /**
     * An agent whose collectors, service-check sources and event sources come from {@code host}, with the plugins the
     * server delivers in {@code delivered}: wired as AgentRuntime wires them.
     */
    static AgentUnderTest withPlugins(Path dir, URI url, CollectorHost host, Path delivered) throws Exception {
        PluginRunners runners = PluginRunners.of(host);
        return new AgentUnderTest(dir, url.toString(), NO_DISCOVERY, "", agent -> new Parts(runners.collectors(),
                runners.serviceChecks(), new DeliveredCollectors(delivered, HttpClient.newHttpClient(),
                Duration.ofSeconds(5), host), runners.events(), Optional.empty()));
    }

    private AgentUnderTest(Path dir, String apiUrl, ApiUrlDiscovery discovery, String iniExtra,
                           Function<AgentUnderTest, Parts> wiring) throws Exception {
        ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nagent-key = " + FakeOcoServer.REGISTRATION_KEY + "\nquery-interval = 60\n"
                + "timestamp-file = " + dir.resolve("oco-agent.timestamp") + "\n" + iniExtra
                + "[server]\napi-url = " + apiUrl + "\n");
        config = AgentConfigFile.load(ini);
        Clock clock = Clock.systemUTC();
        AgentClient client = new AgentClient(AgentClient.newHttpClient(Duration.ofSeconds(2)), Duration.ofSeconds(5),
                config::agentKey, config::serverKey, new AgentIdentity("pc1", "4c4c4544-0042"),
                new RequestClock(clock), ServerTimestampGuard.load(config.settings().timestampFile(), clock, Duration.ofDays(1)),
                new JsonCodec());
        endpoint = new ApiEndpoint(config, discovery);
        Parts parts = wiring.apply(this);
        cycle = new CheckInCycle(client, endpoint, config, parts.collectors(), parts.serviceChecks(),
                new Platform(OsFamily.LINUX, "amd64"), new AgentIdentity("pc1", "4c4c4544-0042"), parts.delivery(),
                parts.events(), new PasswordRotation(client, config::agentKey, parts.passwords()
                        .map(commands -> new LocalPasswordChanger(commands, Duration.ofSeconds(20))), new SecureRandom()));
    }

    private static CollectorRunner stubCollectors() {
        return new CollectorRunner(List.of(
                StubCollector.returning("os", InventorySection.OPERATING_SYSTEM, DEBIAN),
                StubCollector.returning("net", InventorySection.NETWORKS, ETH0),
                StubCollector.returning("dpkg", InventorySection.SOFTWARE, BASH),
                StubCollector.failing("cups", InventorySection.PRINTERS),
                new LoginsSinceCollector()));
    }

    private ServiceCheckSource stubChecks() {
        return new ServiceCheckSource() {
            @Override
            public String id() {
                return "stub-checks";
            }

            @Override
            public boolean appliesTo(Platform platform) {
                return true;
            }

            @Override
            public Optional<List<ServiceCheck>> check(CollectorContext context) {
                return Optional.ofNullable(services);
            }
        };
    }

    private static final ApiUrlDiscovery NO_DISCOVERY = () -> {
        throw new AssertionError("no discovery expected");
    };

    AgentUnderTest(Path dir, URI url) throws Exception {
        this(dir, url.toString(), NO_DISCOVERY, "");
    }
}

package org.ocoj.agent.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ocoj.agent.collect.AgentCollectorContext;
import org.ocoj.agent.collect.CollectedInventory;
import org.ocoj.agent.collect.CollectorRunner;
import org.ocoj.agent.collect.InventoryJson;
import org.ocoj.agent.collect.ServiceCheckRunner;
import org.ocoj.agent.config.AgentConfigFile;
import org.ocoj.agent.delivery.CollectorDelivery;
import org.ocoj.agent.delivery.CollectorOffer;
import org.ocoj.agent.config.ConfigException;
import org.ocoj.agent.discovery.ApiEndpoint;
import org.ocoj.agent.discovery.DiscoveryException;
import org.ocoj.agent.events.EventJson;
import org.ocoj.agent.events.EventRunner;
import org.ocoj.agent.laps.PasswordRotation;
import org.ocoj.agent.protocol.AgentClient;
import org.ocoj.agent.protocol.AgentIdentity;
import org.ocoj.agent.protocol.ProtocolException;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.OperatingSystem;

/**
 * One check-in (SPEC 2.8): hello, then (OCO-J) the collector plugins the hello offers, then the inventory
 * update if the server asks for it, then one {@code oco.agent.events} with the events of the hello's rules (if
 * any were found; its failure is logged and ignored, as upstream), then the password rotation
 * ({@link PasswordRotation}) if the hello carried {@code update-passwords}. Any failed request ends the cycle with a
 * {@link ProtocolException}; nothing from a rejected response is stored.
 */
public final class CheckInCycle {
    private static final Logger LOG = Logger.getLogger(CheckInCycle.class.getName());
    /** Sections of the hello (SPEC 2.2): networks, uptime (from the OS collector) and battery. */
    private static final Set<InventorySection> HELLO_SECTIONS =
            EnumSet.of(InventorySection.NETWORKS, InventorySection.OPERATING_SYSTEM, InventorySection.BATTERY);

    private final AgentClient client;
    private final ApiEndpoint endpoint;
    private final AgentConfigFile config;
    private final CollectorRunner collectors;
    private final ServiceCheckRunner serviceChecks;
    private final Platform platform;
    private final AgentIdentity identity;
    private final CollectorDelivery delivery;
    private final EventRunner events;
    private final PasswordRotation passwords;

    public CheckInCycle(AgentClient client, ApiEndpoint endpoint, AgentConfigFile config, CollectorRunner collectors,
                        Platform platform, AgentIdentity identity) {
        this(client, endpoint, config, collectors, ServiceCheckRunner.NONE, platform, identity,
                CollectorDelivery.NONE, new EventRunner(List.of()));
    }

    public CheckInCycle(AgentClient client, ApiEndpoint endpoint, AgentConfigFile config, CollectorRunner collectors,
                        Platform platform, AgentIdentity identity, CollectorDelivery delivery) {
        this(client, endpoint, config, collectors, ServiceCheckRunner.NONE, platform, identity, delivery,
                new EventRunner(List.of()));
    }

    public CheckInCycle(AgentClient client, ApiEndpoint endpoint, AgentConfigFile config, CollectorRunner collectors,
                        Platform platform, AgentIdentity identity, EventRunner events) {
        this(client, endpoint, config, collectors, ServiceCheckRunner.NONE, platform, identity,
                CollectorDelivery.NONE, events);
    }

    public CheckInCycle(AgentClient client, ApiEndpoint endpoint, AgentConfigFile config, CollectorRunner collectors,
                        ServiceCheckRunner serviceChecks, Platform platform, AgentIdentity identity) {
        this(client, endpoint, config, collectors, serviceChecks, platform, identity, CollectorDelivery.NONE,
                new EventRunner(List.of()));
    }

    /**
     * @param serviceChecks runs the service-check sources for every hello's {@code services}
     * @param delivery      installs the collector plugins a hello offers, before the inventory is collected
     * @param events        runs the hello's event rules
     */
    public CheckInCycle(AgentClient client, ApiEndpoint endpoint, AgentConfigFile config, CollectorRunner collectors,
                        ServiceCheckRunner serviceChecks, Platform platform, AgentIdentity identity,
                        CollectorDelivery delivery, EventRunner events) {
        this(client, endpoint, config, collectors, serviceChecks, platform, identity, delivery, events,
                new PasswordRotation(client, config::agentKey, Optional.empty(), new SecureRandom()));
    }

    /** @param passwords carries out the hello's password rotation orders */
    public CheckInCycle(AgentClient client, ApiEndpoint endpoint, AgentConfigFile config, CollectorRunner collectors,
                        ServiceCheckRunner serviceChecks, Platform platform, AgentIdentity identity,
                        CollectorDelivery delivery, EventRunner events, PasswordRotation passwords) {
        this.passwords = passwords;
        this.delivery = delivery;
        this.events = events;
        this.client = client;
        this.endpoint = endpoint;
        this.config = config;
        this.collectors = collectors;
        this.serviceChecks = serviceChecks;
        this.platform = platform;
        this.identity = identity;
    }

    /** Runs the cycle; returns what happened for logs and tests. */
    public CycleReport run(boolean forceUpdate) throws ProtocolException, DiscoveryException {
        savePendingConfig();
        URI url = endpoint.current();
        JsonNode helloParams = client.call(url, "oco.agent.hello", helloData(forceUpdate));
        HelloResponse hello = HelloResponse.parse(helloParams);
        storeKeys(hello);
        delivery.sync(url, CollectorOffer.parse(helloParams));
        boolean updated = false;
        if (hello.update()) {
            sendUpdate(url, hello.loginsSince());
            updated = true;
        }
        if (hello.softwareJobs() > 0) {
            LOG.warning(hello.softwareJobs() + " software job(s) not run: this agent does not execute jobs yet");
        }
        int eventsSent = sendEvents(url, hello.eventRules());
        if (hello.passwordsRequested()) {
            passwords.run(url, helloParams.get("update-passwords"));
        }
        return new CycleReport(updated, hello.softwareJobs(), hello.passwordsRequested(), eventsSent);
    }

    /** What one cycle did. */
    public record CycleReport(boolean inventorySent, int softwareJobsIgnored, boolean passwordsSent, int eventsSent) {
    }

    /** SPEC 2.6: all events of all rules in one request, only when there are some; errors are not fatal. */
    private int sendEvents(URI url, List<EventQuery> rules) {
        if (rules.isEmpty()) {
            return 0;
        }
        List<EventRecord> found = events.collect(rules, platform);
        if (found.isEmpty()) {
            return 0;
        }
        try {
            client.call(url, "oco.agent.events", Map.of("events", found.stream().map(EventJson::toWire).toList()));
            LOG.fine(() -> found.size() + " event(s) sent");
            return found.size();
        } catch (ProtocolException e) {
            LOG.warning("sending " + found.size() + " event(s) failed (they are sent again next time): " + e.getMessage());
            return 0;
        }
    }

    private Map<String, Object> helloData(boolean forceUpdate) {
        AgentCollectorContext context = context(Optional.empty());
        CollectedInventory inventory = collectors.collect(HELLO_SECTIONS, context);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agent_version", AgentVersion.WIRE);
        data.put("networks", InventoryJson.networks(inventory));
        data.put("services", serviceChecks.run(context).map(InventoryJson::services).orElse(null)); // SPEC 6
        data.put("uptime", inventory.single(InventorySection.OPERATING_SYSTEM, OperatingSystem.class)
                .map(OperatingSystem::uptimeSeconds).orElse(0.0));
        InventoryJson.putBattery(data, inventory);
        data.put("force_update", forceUpdate);
        return data;
    }

    private void sendUpdate(URI url, Optional<Instant> loginsSince) throws ProtocolException {
        CollectedInventory inventory = collectors.collect(EnumSet.allOf(InventorySection.class), context(loginsSince));
        if (!inventory.leftOut().isEmpty()) {
            LOG.warning("inventory update without sections " + inventory.leftOut() + " (their collectors failed)");
        }
        JsonNode params = client.call(url, "oco.agent.update",
                InventoryJson.updateData(inventory, identity.hostname(), AgentVersion.WIRE));
        LOG.info("inventory sent to " + url.getHost() + (params.has("policies") ? " (policies are not applied yet)" : ""));
    }

    /**
     * Applies SPEC 1.8: a new agent key replaces ours at once; a server key is taken only while we have
     * none (trust on first use). The keys stay in memory even if the ini cannot be written.
     */
    private void storeKeys(HelloResponse hello) {
        Optional<String> agentKey = hello.newAgentKey();
        Optional<String> serverKey = hello.offeredServerKey().filter(key -> config.serverKey().isEmpty());
        if (agentKey.isEmpty() && serverKey.isEmpty()) {
            return;
        }
        try {
            config.storeKeys(agentKey, serverKey);
            LOG.info("stored " + (agentKey.isPresent() ? "new agent key" : "")
                    + (agentKey.isPresent() && serverKey.isPresent() ? " and " : "")
                    + (serverKey.isPresent() ? "server key" : "") + " in " + config.path());
        } catch (ConfigException e) {
            LOG.severe(e.getMessage());
        }
    }

    private void savePendingConfig() {
        try {
            config.savePendingChanges();
        } catch (ConfigException e) {
            LOG.severe(e.getMessage());
        }
    }

    private AgentCollectorContext context(Optional<Instant> loginsSince) {
        return new AgentCollectorContext(platform, loginsSince, config::value);
    }
}

package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.api.server.CheckIn;
import org.ocoj.api.server.CheckInParticipant;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.JsonParams;
import org.ocoj.platform.computer.SectionHashes;
import org.ocoj.platform.inventory.InventoryService;
import org.ocoj.platform.plugin.PluginHost;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/**
 * {@code oco.agent.hello} (SPEC §2.2): heartbeat, networks, the update decision, and the participants — the
 * platform's own {@link CheckInParticipant} beans first, then those of enabled plugins.
 */
@ApplicationScoped
class HelloHandler {

    private static final Logger LOG = Logger.getLogger(HelloHandler.class.getName());
    private static final String EPOCH = "1970-01-01 00:00:00";
    private static final java.time.format.DateTimeFormatter LOGIN_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    InventoryService inventory;
    @Inject
    SettingsService settings;
    @Inject
    PluginHost plugins;
    /** The platform's own participants (CDI beans), like the core client methods of ClientDispatcher. */
    @Inject
    @Any
    Instance<CheckInParticipant> coreParticipants;

    /** The full path, inside the request's transaction: heartbeat, agent version, networks, answer. */
    void handle(AgentContext context) {
        JsonParams data = context.request.data();
        Heartbeat.record(context, data);
        context.row.set("agent_version", agentVersion(data));
        SectionHashes hashes = inventory.applyNetworks(context.computer, data, context.now);
        if (hashes != context.computer.sectionHashes()) {
            context.row.set("section_hashes", hashes.format());
        }
        answer(context, data);
        deferParticipants(context);
    }

    /**
     * True if this hello changes nothing but the heartbeat (same agent version, same networks), so
     * {@link HelloFastPath} may answer it with one write.
     */
    boolean onlyHeartbeat(AgentContext context) {
        JsonParams data = context.request.data();
        return agentVersion(data).equals(context.computer.agentVersion())
                && inventory.networksUnchanged(context.computer, data);
    }

    /** The heartbeat columns and the core answer, without networks and participants. */
    void recordAndAnswer(AgentContext context) {
        JsonParams data = context.request.data();
        Heartbeat.record(context, data);
        answer(context, data);
    }

    private void answer(AgentContext context, JsonParams data) {
        Map<String, Object> params = context.responseParams;
        params.put("update", updateWanted(context, data) ? 1 : 0);
        params.put("software-jobs", List.of());
        params.put("logins-since", context.computer.lastLogin() == null
                ? EPOCH : context.computer.lastLogin().format(LOGIN_TIME));
    }

    private static String agentVersion(JsonParams data) {
        return data.has("agent_version") ? text(data.raw("agent_version"), 64) : "";
    }

    /** SPEC §4.4, plus: a computer registered in this very request sends its inventory at once. */
    private boolean updateWanted(AgentContext context, JsonParams data) {
        if (truthy(data.raw("force_update")) || context.computer.forceUpdate() || context.newlyRegistered
                || context.computer.lastUpdate() == null) {
            return true;
        }
        long interval = settings.getLong(CoreSettings.UPDATE_INTERVAL.key());
        return Duration.between(context.computer.lastUpdate(), context.now).getSeconds() > interval;
    }

    /**
     * Plugins' and the core's check-in participants run after the hello's own write is durable, outside its
     * transaction: a participant that fails, or rolls back its own transaction, cannot undo the check-in.
     */
    void deferParticipants(AgentContext context) {
        context.afterCommit.add(() -> runParticipants(context, context.request.data()));
    }

    /** See {@link CheckInParticipant} for the contract. */
    private void runParticipants(AgentContext context, JsonParams data) {
        ComputerRef computer = context.computer.ref();
        Map<String, Object> requestData = data.asMap();
        CheckIn checkIn = new CheckIn() {
            @Override
            public ComputerRef computer() {
                return computer;
            }

            @Override
            public Map<String, Object> data() {
                return requestData;
            }

            @Override
            public void respond(String key, Object value) {
                if (CORE_KEYS.contains(key)) {
                    throw new IllegalArgumentException("Response member " + key + " belongs to the core");
                }
                context.responseParams.put(key, value);
            }
        };
        List<PluginHost.Owned<CheckInParticipant>> participants = new ArrayList<>();
        coreParticipants.forEach(core -> participants.add(new PluginHost.Owned<>("core", core)));
        participants.addAll(plugins.extensionsWithOwner(CheckInParticipant.class));
        for (PluginHost.Owned<CheckInParticipant> participant : participants) {
            try {
                participant.extension().onHello(checkIn);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Check-in participant " + participant.extension().getClass().getName()
                        + " of plugin " + participant.pluginId() + " failed for " + computer.hostname()
                        + " (the hello is answered without its part): " + e, e);
            }
        }
    }

    private static final List<String> CORE_KEYS = List.of("update", "software-jobs", "logins-since",
            "agent-key", "server-key");

    private static boolean truthy(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof Number && ((Number) value).intValue() != 0);
    }

    private static String text(Object value, int max) {
        String text = String.valueOf(value);
        return text.length() <= max ? text : text.substring(0, max);
    }
}

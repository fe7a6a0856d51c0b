package org.ocoj.plugins.wol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.RequestException;
import org.pf4j.Extension;

/**
 * {@code oco.computer.wol} (CLIENT-API §2.10): {@code {"id": 42}}, {@code {"ids": [42, 43]}},
 * {@code {"computer_group_id": 7}} (with subgroups unless {@code "recursive": false}) or {@code {"report_id": 1001}}. Sends magic
 * packets locally and through the satellites, and answers per computer where its packets went. Unknown ids
 * fail the request before anything is sent (-32003); when no computer has a usable MAC address it fails
 * with -32000. Each woken computer gets an audit entry {@code oco.computer.wol} with its MACs and deliveries.
 */
@Extension
public class ComputerWolMethod implements ClientMethod {

    static final int MAX_COMPUTERS = 1000;

    private final PluginContext context;
    private final SatelliteAdmin satellites;

    public ComputerWolMethod(PluginContext context) {
        this.context = context;
        this.satellites = new SatelliteAdmin(context);
    }

    @Override
    public String method() {
        return "oco.computer.wol";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_MANAGE);
    }

    @Override
    public Set<String> computerParameters() {
        return Set.of("id", "ids");
    }

    @Override
    public boolean transactional() {
        return false; // SSH to satellites: no transaction may wait on it
    }

    @Override
    public Object handle(ClientCall call) {
        List<WakeTarget> targets = targets(ids(call.data()));
        WolConfig config = WolConfig.read(context.settings());
        LocalNetwork network = new LocalNetwork(ServerSubnets.read(context.logger()), config.broadcastAddresses(),
                config.port());
        WakeService service = new WakeService(new LocalBroadcaster(),
                new SatelliteSsh(config.sshTimeout(), WolConfig.COMMAND_TIMEOUT), WakeCommands.MAX_COMMAND_BYTES,
                config.satellitesForAll(), context.logger());
        List<WakeService.Report> reports = service.wake(targets, network, satellites.store.list(),
                satellites::identity);
        List<Object> data = new ArrayList<>();
        for (WakeService.Report report : reports) {
            Map<String, Object> result = report.toMap();
            ComputerRef computer = report.target().computer();
            if (report.target().hasMacs()) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("macs", result.get("macs"));
                detail.put("deliveries", result.get("deliveries"));
                call.audit("oco.computer.wol", "computer:" + computer.id(), detail);
            }
            context.logger().info("Wake-on-LAN for " + computer.hostname() + " (" + computer.id() + ") by "
                    + call.adminUsername() + ": " + summary(report));
            data.add(result);
        }
        return data;
    }

    private List<WakeTarget> targets(List<Long> ids) {
        List<ComputerRef> computers = context.computers().find(ids);
        Set<Long> missing = new LinkedHashSet<>(ids);
        computers.forEach(c -> missing.remove(c.id()));
        if (!missing.isEmpty()) {
            throw RequestException.notFound("Not found: no computer with id "
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        Map<Long, List<NetworkAddress>> networks = context.computers().networks(ids);
        List<WakeTarget> targets = computers.stream()
                .map(c -> WakeTarget.of(c, networks.getOrDefault(c.id(), List.of())))
                .collect(Collectors.toList());
        if (targets.stream().noneMatch(WakeTarget::hasMacs)) {
            throw new RequestException(RequestException.Kind.FAILED, "No WOL packet could be sent because no MAC "
                    + "address of " + (targets.size() == 1 ? "this computer" : "these computers") + " is known ("
                    + targets.stream().map(t -> t.computer().hostname()).collect(Collectors.joining(", "))
                    + "): " + (targets.size() == 1 ? "its agent has" : "their agents have")
                    + " not reported a network interface with a valid MAC address yet");
        }
        return targets;
    }

    /** One computer, a list, a whole group or a report's result (resolved by the platform). */
    private List<Long> ids(JsonParams data) {
        if (data.has("computer_group_id") || data.has("report_id")) {
            List<Long> selected = context.selection().select(data);
            if (selected.size() > MAX_COMPUTERS) {
                throw RequestException.invalid("the selection holds " + selected.size()
                        + " computers; at most " + MAX_COMPUTERS + " can be woken at once");
            }
            return selected;
        }
        List<Long> ids = new ArrayList<>();
        data.optionalLong("id").ifPresent(ids::add);
        data.list("ids").forEach(value -> ids.add(id(value)));
        if (ids.isEmpty()) {
            throw RequestException.invalid("data.id (or data.ids, a list of computer ids) is required");
        }
        if (ids.size() > MAX_COMPUTERS) {
            throw RequestException.invalid("data.ids may hold at most " + MAX_COMPUTERS + " computer ids");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /** An element of {@code ids}: a number or numeric string, as ids are everywhere in the API (CLIENT-API §1.6). */
    private static long id(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String && ((String) value).trim().matches("\\d{1,18}")) {
            return Long.parseLong(((String) value).trim());
        }
        throw RequestException.invalid("data.ids must hold computer ids, not " + value);
    }

    private static String summary(WakeService.Report report) {
        if (!report.target().hasMacs()) {
            return "no usable MAC address, nothing sent";
        }
        long ok = report.deliveries().stream().filter(Delivery::ok).count();
        return report.target().macs().size() + " MAC(s), " + ok + " of " + report.deliveries().size()
                + " deliveries ok" + report.deliveries().stream().filter(d -> !d.ok())
                .map(d -> "; " + d.via() + " " + d.target() + ": " + d.error().orElse(""))
                .collect(Collectors.joining());
    }
}

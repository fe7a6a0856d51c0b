package org.ocoj.plugins.wol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Wakes computers (SPEC §7): magic packets to the local broadcast destinations for each computer, then — for
 * computers on subnets this server is not attached to, or for all if so configured — the wake command on every
 * satellite in order, one SSH
 * session per satellite for all computers, in chunks. One failing satellite never stops the others.
 */
public final class WakeService {

    /** One computer's outcome. */
    public record Report(WakeTarget target, boolean attached, List<Delivery> deliveries) {

        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", target.computer().id());
            map.put("hostname", target.computer().hostname());
            map.put("macs", target.macs().stream().map(MacAddress::toString).collect(Collectors.toList()));
            map.put("skipped", target.skipped().stream().map(s -> Map.of("value", s.value(), "reason", s.reason()))
                    .collect(Collectors.toList()));
            map.put("attached", attached);
            map.put("deliveries", deliveries.stream().map(Delivery::toMap).collect(Collectors.toList()));
            if (!target.hasMacs()) {
                map.put("error", "no usable MAC address known: nothing was sent");
            }
            return map;
        }
    }

    /** Resolves a satellite's login key; throws IllegalStateException with a message if it cannot. */
    public interface Identities extends Function<Satellite, SatelliteSsh.Identity> {
    }

    private final LocalBroadcaster broadcaster;
    private final SatelliteSsh ssh;
    private final int maxCommandBytes;
    private final boolean satellitesForAll;
    private final Logger log;

    /** @param satellitesForAll also use the satellites for computers on the server's own subnets (upstream does) */
    public WakeService(LocalBroadcaster broadcaster, SatelliteSsh ssh, int maxCommandBytes, boolean satellitesForAll,
                       Logger log) {
        this.broadcaster = broadcaster;
        this.ssh = ssh;
        this.maxCommandBytes = maxCommandBytes;
        this.satellitesForAll = satellitesForAll;
        this.log = log;
    }

    public List<Report> wake(List<WakeTarget> targets, LocalNetwork network, List<Satellite> satellites,
                             Identities identities) {
        List<Report> reports = new ArrayList<>();
        for (WakeTarget target : targets) {
            List<Delivery> deliveries = new ArrayList<>();
            if (target.hasMacs()) {
                deliveries.addAll(broadcaster.send(target.macs(), network.destinationsFor(target)));
            }
            reports.add(new Report(target, network.isAttached(target), deliveries));
        }
        List<Report> remote = reports.stream().filter(r -> r.target().hasMacs() && (satellitesForAll || !r.attached()))
                .collect(Collectors.toList());
        if (remote.isEmpty()) {
            return reports;
        }
        LinkedHashSet<MacAddress> macs = new LinkedHashSet<>();
        remote.forEach(r -> macs.addAll(r.target().macs()));
        for (Satellite satellite : satellites) {
            Map<MacAddress, Optional<String>> outcome = runOn(satellite, new ArrayList<>(macs), identities);
            for (Report report : remote) {
                report.deliveries().add(report.target().macs().stream().map(outcome::get).flatMap(Optional::stream)
                        .findFirst()
                        .map(error -> Delivery.failed("satellite", satellite.label(), error))
                        .orElseGet(() -> Delivery.ok("satellite", satellite.label())));
            }
        }
        return reports;
    }

    /** @return per MAC: empty if the satellite's command for it succeeded, else the error */
    private Map<MacAddress, Optional<String>> runOn(Satellite satellite, List<MacAddress> macs, Identities identities) {
        List<List<MacAddress>> chunks = WakeCommands.chunks(satellite.program(), macs, maxCommandBytes);
        List<Optional<String>> results;
        try {
            SatelliteSsh.Identity identity = identities.apply(satellite);
            results = ssh.run(satellite, identity, chunks.stream()
                    .map(chunk -> WakeCommands.command(satellite.program(), chunk)).collect(Collectors.toList()));
        } catch (IllegalStateException e) {
            results = Collections.nCopies(chunks.size(), Optional.of(e.getMessage()));
        }
        Map<MacAddress, Optional<String>> outcome = new HashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            Optional<String> result = results.get(i);
            chunks.get(i).forEach(mac -> outcome.put(mac, result));
        }
        results.stream().flatMap(Optional::stream).distinct()
                .forEach(error -> log.warning("Wake-on-LAN: satellite " + satellite.label() + " failed: " + error));
        return outcome;
    }
}

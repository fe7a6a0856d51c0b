package org.ocoj.plugins.wol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.server.ComputerRef;

/**
 * One computer to wake, as its stored network rows describe it: the MAC addresses that can be used (each
 * once), the values that cannot (with the reason), and its IPv4 addresses.
 */
public record WakeTarget(ComputerRef computer, List<MacAddress> macs, List<MacAddress.Skipped> skipped,
                         List<Integer> addresses) {

    public static WakeTarget of(ComputerRef computer, List<NetworkAddress> networks) {
        LinkedHashSet<MacAddress> macs = new LinkedHashSet<>();
        Map<String, MacAddress.Skipped> skipped = new LinkedHashMap<>();
        List<Integer> addresses = new ArrayList<>();
        for (NetworkAddress row : networks) {
            MacAddress.Parsed parsed = MacAddress.parse(row.mac());
            if (parsed instanceof MacAddress.Valid valid) {
                macs.add(valid.mac());
            } else {
                MacAddress.Skipped skip = (MacAddress.Skipped) parsed;
                skipped.putIfAbsent(skip.value(), skip);
            }
            Ipv4.parse(row.address()).ifPresent(addresses::add);
        }
        return new WakeTarget(computer, List.copyOf(macs), List.copyOf(skipped.values()), List.copyOf(addresses));
    }

    public boolean hasMacs() {
        return !macs.isEmpty();
    }
}

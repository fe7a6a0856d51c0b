package org.ocoj.agentplugins.network;

import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.NetworkAddress;
import org.pf4j.Extension;

/** Network interfaces through {@link NetworkInterface}: no external tool, same result on every OS. */
@Extension
public final class NetworkInterfaceCollector implements Collector {

    @Override
    public String id() {
        return "network-interfaces";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.NETWORKS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() != OsFamily.OTHER;
    }

    @Override
    public List<NetworkAddress> collect(CollectorContext context) throws SocketException {
        List<InterfaceSnapshot> snapshots = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            List<InterfaceSnapshot.Address> addresses = new ArrayList<>();
            for (InterfaceAddress address : nic.getInterfaceAddresses()) {
                addresses.add(new InterfaceSnapshot.Address(address.getAddress(), address.getNetworkPrefixLength(),
                        address.getBroadcast()));
            }
            snapshots.add(new InterfaceSnapshot(nic.getName(), nic.getHardwareAddress(), nic.isLoopback(), addresses));
        }
        return NetworkAddresses.from(snapshots);
    }
}

package org.ocoj.tools.loadgen.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of an inventory the verification compares with {@code oco.computer.get}: machine fields, the
 * package set (name, version, description) and the network set (address, MAC, interface).
 */
public record ExpectedInventory(Map<String, String> general, Set<String> packages, Set<String> networks) {

    static final List<String> GENERAL_KEYS = List.of("agent_version", "os", "os_version", "kernel_version",
            "architecture", "cpu");

    public static String packageKey(Object name, Object version, Object description) {
        return name + "\u0000" + version + "\u0000" + description;
    }

    public static String networkKey(Object address, Object mac, Object nic) {
        return address + "\u0000" + mac + "\u0000" + nic;
    }
}

package org.ocoj.agentplugins.upstreamkeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocoj.agent.collect.AgentCollectorContext;
import org.ocoj.agent.collect.CollectedInventory;
import org.ocoj.agent.collect.CollectorRunner;
import org.ocoj.agent.collect.InventoryJson;
import org.ocoj.agentplugins.macinventory.MacFixtures;
import org.ocoj.agentplugins.network.NetworkInterfaceCollector;
import org.ocoj.agentplugins.oshi.OshiHardwareCollector;
import org.ocoj.agentplugins.wininventory.WindowsFixtures;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Battery;
import org.ocoj.api.inventory.InventoryItem;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Printer;
import org.ocoj.api.inventory.Screen;
import org.ocoj.api.inventory.UsbDevice;

/**
 * Issue 20's promise: for Windows and macOS fixtures the {@code oco.agent.update} data the OCO-J agent
 * builds has every field upstream's agent sends for that OS. Top-level keys come from the upstream capture
 * ({@code upstream/oco-agent-update.json}, a copy of shared/protocol/captures: upstream builds one dict for
 * every OS in {@code oco_agent.py doInventoryUpdate}); element keys of the lists from the capture where it has
 * elements, else from upstream's per-OS sources ({@code oco_agent/windows/inventory.py},
 * {@code oco_agent/macos/inventory.py}) as SPEC 3.2 lists them.
 */
class UpstreamKeySetTest {
    /** Element keys of upstream's Windows agent per list (windows/inventory.py, base_inventory.py getNics). */
    private static final Map<String, Set<String>> WINDOWS_ELEMENTS = Map.of(
            "networks", Set.of("addr", "netmask", "broadcast", "mac", "interface"),
            "screens", Set.of("name", "manufacturer", "manufactured", "resolution", "size", "type", "serialno", "technology"),
            "printers", Set.of("name", "driver", "paper", "dpi", "uri", "status"),
            "partitions", Set.of("device", "mountpoint", "filesystem", "size", "free", "name", "uuid", "encrypted"),
            "software", Set.of("name", "version", "description"),
            "logins", Set.of("guid", "display_name", "username", "console", "timestamp"),
            "users", Set.of("username", "display_name", "uid", "gid", "home", "shell", "disabled"),
            "devices", Set.of("subsystem", "vendor", "product", "serial", "name"));
    /**
     * macOS (macos/inventory.py): the same, but logins come from utmpx.py without {@code guid}; OCO-J sends it as
     * null there (the server treats a missing and a null GUID alike), so it is allowed as the one extra key.
     */
    private static final Map<String, Set<String>> MACOS_ELEMENTS = macOsElements();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Set<String>> macOsElements() {
        Map<String, Set<String>> elements = new java.util.HashMap<>(WINDOWS_ELEMENTS);
        elements.put("logins", Set.of("display_name", "username", "console", "timestamp"));
        return Map.copyOf(elements);
    }

    @Test
    void windowsUpdateCarriesEveryFieldUpstreamSends() throws IOException {
        assertCarriesUpstreamKeys(WindowsFixtures.collectors(), OsFamily.WINDOWS, WINDOWS_ELEMENTS, Set.of());
    }

    @Test
    void macOsUpdateCarriesEveryFieldUpstreamSends() throws IOException {
        List<Collector> collectors = new ArrayList<>(MacFixtures.collectors());
        // CUPS printers are the Linux collector's (tested there); this build machine has no printers.conf
        collectors.add(Fixed.of("printers", InventorySection.PRINTERS, new Printer("Brother_HL_L2350DW", "Brother HL-L2350DW",
                "", "", "ipp://192.0.2.31/ipp/print", "")));
        assertCarriesUpstreamKeys(collectors, OsFamily.MACOS, MACOS_ELEMENTS, Set.of("guid"));
        Map<String, Object> data = update(withMachineIndependentOnes(collectors), OsFamily.MACOS);
        assertEquals("macOS", data.get("os"));
        assertEquals("?", data.get("secure_boot"));
    }

    private static void assertCarriesUpstreamKeys(List<Collector> osCollectors, OsFamily family,
                                                  Map<String, Set<String>> upstreamElements, Set<String> extraKeys)
            throws IOException {
        Map<String, Object> data = update(withMachineIndependentOnes(osCollectors), family);
        JsonNode upstream = upstreamCapture();
        Set<String> upstreamKeys = new LinkedHashSet<>();
        upstream.fieldNames().forEachRemaining(upstreamKeys::add);
        assertEquals(upstreamKeys, data.keySet(), "top-level keys of oco.agent.update data");

        upstreamElements.forEach((list, keys) -> {
            List<?> elements = (List<?>) data.get(list);
            assertFalse(elements.isEmpty(), list + ": the fixtures must give at least one element to compare");
            for (Object element : elements) {
                Set<Object> sent = new LinkedHashSet<>(((Map<?, ?>) element).keySet());
                assertTrue(sent.containsAll(keys), list + " element " + sent + " lacks some of " + keys);
                sent.removeAll(keys);
                assertTrue(extraKeys.containsAll(sent), list + " element has keys upstream does not send: " + sent);
            }
            JsonNode captured = upstream.get(list);
            if (captured.size() > 0 && family == OsFamily.WINDOWS) { // the capture (Linux) agrees where it has elements
                Set<String> capturedKeys = new LinkedHashSet<>();
                captured.get(0).fieldNames().forEachRemaining(capturedKeys::add);
                assertEquals(capturedKeys, keys, list + ": upstream's Windows and Linux elements have the same keys");
            }
        });
    }

    @Test
    void windowsValuesHaveUpstreamsTypes() throws IOException {
        Map<String, Object> data = update(withMachineIndependentOnes(WindowsFixtures.collectors()), OsFamily.WINDOWS);
        Map<?, ?> user = (Map<?, ?>) ((List<?>) data.get("users")).get(0);
        assertTrue(user.get("uid") instanceof String, "Windows sends the SID as uid");
        assertEquals(null, user.get("gid"));
        assertEquals("Windows 11 Professional", data.get("os"));
        assertEquals("-", data.get("kernel_version"));
        assertTrue(data.get("ram") instanceof Long);
    }

    /**
     * Collectors that run the same on every OS: the real network and OSHI hardware collectors on this build
     * machine, and fixed items for what a headless build machine lacks (a monitor, a USB device, a battery).
     */
    static List<Collector> withMachineIndependentOnes(List<Collector> osCollectors) {
        List<Collector> collectors = new ArrayList<>(osCollectors);
        collectors.addAll(List.of(new NetworkInterfaceCollector(), new OshiHardwareCollector(),
                Fixed.of("screen", InventorySection.SCREENS,
                        new Screen("DELL U2723QE", "DEL", "2024", "3840 x 2160", "60 x 34", "4279", "23ZSJ04", "digital")),
                Fixed.of("usb", InventorySection.DEVICES, new UsbDevice(0x046d, 0xc52b, null, "USB Receiver")),
                Fixed.of("battery", InventorySection.BATTERY, new Battery(0.8, true))));
        return collectors;
    }

    static Map<String, Object> update(List<Collector> collectors, OsFamily family) {
        AgentCollectorContext context = new AgentCollectorContext(new Platform(family, "amd64"),
                Optional.of(Instant.parse("2024-01-12T00:00:00Z")), (section, key) -> Optional.empty());
        CollectedInventory inventory = new CollectorRunner(collectors).collect(EnumSet.allOf(InventorySection.class), context);
        assertEquals(Set.of(), inventory.leftOut(), "every collector ran on its fixtures");
        return InventoryJson.updateData(inventory, "pc-042", "1.2.0");
    }

    /** A collector returning fixed items on every OS. */
    record Fixed(String id, InventorySection section, List<InventoryItem> items) implements Collector {
        static Fixed of(String id, InventorySection section, InventoryItem... items) {
            return new Fixed(id, section, List.of(items));
        }

        @Override
        public Set<InventorySection> sections() {
            return Set.of(section);
        }

        @Override
        public boolean appliesTo(Platform platform) {
            return true;
        }

        @Override
        public List<InventoryItem> collect(CollectorContext context) {
            return items;
        }
    }

    static JsonNode upstreamCapture() throws IOException {
        try (InputStream in = UpstreamKeySetTest.class.getResourceAsStream("/upstream/oco-agent-update.json")) {
            return JSON.readTree(in).get("params").get("data");
        }
    }
}

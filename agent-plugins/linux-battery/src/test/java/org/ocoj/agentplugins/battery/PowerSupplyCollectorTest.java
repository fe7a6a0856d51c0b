package org.ocoj.agentplugins.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Battery;

/**
 * Fixture {@code power_supply/} mirrors a laptop's {@code /sys/class/power_supply}: AC adapter online, a
 * charging BAT0, an empty second bay (BAT1, not present) and a Logitech mouse battery (scope Device).
 */
class PowerSupplyCollectorTest {
    private static final Path FIXTURE = Path.of("src/test/resources/power_supply");

    @Test
    void reportsTheLaptopBatteryAndIgnoresEmptyBaysAndPeripherals() throws Exception {
        // 41.22 Wh of 47.38 Wh
        assertEquals(List.of(new Battery(0.87, true)), collect(FIXTURE));
    }

    @Test
    void reportsDischargingWhenTheAdapterIsUnplugged(@TempDir Path dir) throws Exception {
        supply(dir.resolve("ADP1"), Map.of("type", "Mains", "online", "0"));
        supply(dir.resolve("BAT0"), Map.of("type", "Battery", "status", "Discharging", "capacity", "42"));

        assertEquals(List.of(new Battery(0.42, false)), collect(dir));
    }

    @Test
    void usesTheBatteryStatusWhenThereIsNoAdapterEntry(@TempDir Path dir) throws Exception {
        supply(dir.resolve("BAT0"), Map.of("type", "Battery", "status", "Full", "capacity", "100"));

        assertEquals(List.of(new Battery(1.0, true)), collect(dir));
    }

    @Test
    void reportsNoBatteryOnADesktop(@TempDir Path dir) throws Exception {
        supply(dir.resolve("hidpp_battery_0"), Map.of("type", "Battery", "scope", "Device", "capacity", "55"));

        assertEquals(List.of(), collect(dir));
        assertEquals(List.of(), collect(dir.resolve("missing")));
    }

    private static List<Battery> collect(Path dir) throws Exception {
        CollectorContext context = CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());
        return new PowerSupplyCollector(dir).collect(context);
    }

    private static void supply(Path dir, Map<String, String> attributes) throws Exception {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            Files.writeString(dir.resolve(attribute.getKey()), attribute.getValue() + "\n");
        }
    }
}

package org.ocoj.agentplugins.battery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Battery;
import org.ocoj.api.inventory.InventorySection;
import org.pf4j.Extension;

/**
 * Battery charge and power source (SPEC 2.2 {@code battery_level}/{@code battery_status}) from
 * {@code /sys/class/power_supply}. Counts only the machine's own batteries: {@code type} {@code Battery},
 * present, and not {@code scope} {@code Device} (the battery of a wireless mouse is no laptop battery).
 * Several batteries are combined by energy when all report it, else by the mean capacity. The machine is
 * on AC when a {@code Mains}/USB supply is online, or, without any such supply, when no battery says
 * {@code Discharging}. No battery → no item, which the agent sends as {@code false} like upstream.
 */
@Extension
public final class PowerSupplyCollector implements Collector {
    private final Path powerSupply;

    public PowerSupplyCollector() {
        this(Path.of("/sys/class/power_supply"));
    }

    PowerSupplyCollector(Path powerSupply) {
        this.powerSupply = powerSupply;
    }

    @Override
    public String id() {
        return "linux-battery";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.BATTERY);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<Battery> collect(CollectorContext context) throws IOException {
        if (!Files.isDirectory(powerSupply)) {
            return List.of();
        }
        List<Path> batteries = new ArrayList<>();
        List<Path> externalSupplies = new ArrayList<>();
        try (Stream<Path> entries = Files.list(powerSupply)) {
            for (Path supply : entries.sorted().toList()) {
                String type = attribute(supply, "type").orElse("");
                if (type.equals("Battery") && !attribute(supply, "scope").orElse("").equals("Device")
                        && !attribute(supply, "present").orElse("1").equals("0")) {
                    batteries.add(supply);
                } else if (type.equals("Mains") || type.startsWith("USB")) {
                    externalSupplies.add(supply);
                }
            }
        }
        if (batteries.isEmpty()) {
            return List.of();
        }
        return List.of(new Battery(level(batteries), onAcPower(batteries, externalSupplies)));
    }

    private static double level(List<Path> batteries) throws IOException {
        double now = 0;
        double full = 0;
        double capacities = 0;
        boolean allHaveEnergy = true;
        for (Path battery : batteries) {
            Optional<String> energyNow = attribute(battery, "energy_now", "charge_now");
            Optional<String> energyFull = attribute(battery, "energy_full", "charge_full");
            if (energyNow.isPresent() && energyFull.isPresent()) {
                now += Double.parseDouble(energyNow.get());
                full += Double.parseDouble(energyFull.get());
            } else {
                allHaveEnergy = false;
            }
            capacities += Double.parseDouble(attribute(battery, "capacity").orElse("0"));
        }
        double level = allHaveEnergy && full > 0 ? now / full : capacities / batteries.size() / 100.0;
        return Math.max(0.0, Math.min(1.0, Math.round(level * 100) / 100.0));
    }

    private static boolean onAcPower(List<Path> batteries, List<Path> externalSupplies) throws IOException {
        if (!externalSupplies.isEmpty()) {
            for (Path supply : externalSupplies) {
                if (attribute(supply, "online").orElse("0").equals("1")) {
                    return true;
                }
            }
            return false;
        }
        for (Path battery : batteries) {
            if (attribute(battery, "status").orElse("").equals("Discharging")) {
                return false;
            }
        }
        return true;
    }

    /** The first of the named sysfs attributes the driver provides, without its line feed. */
    private static Optional<String> attribute(Path supply, String... names) throws IOException {
        for (String name : names) {
            Path file = supply.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
        }
        return Optional.empty();
    }
}

package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Printer;
import org.pf4j.Extension;

/**
 * Printers (SPEC 3.2 {@code printers}, Windows form) from Win32_Printer as upstream reads them: driver,
 * paper names joined by ", ", horizontal resolution as {@code dpi}, port as {@code uri}, and upstream's status
 * words (an error state wins over the printer status).
 */
@Extension
public final class WindowsPrintersCollector implements Collector {
    static final String QUERY = "Get-CimInstance -ClassName Win32_Printer | Select-Object Name,DriverName,"
            + "@{n='PrinterPaperNames';e={$_.PrinterPaperNames -join ', '}},HorizontalResolution,PortName,PrinterStatus,PrinterState";
    private static final Map<String, String> STATES = Map.of("2", "Error", "8", "Paper Jam", "16", "Out Of Paper",
            "64", "Paper Problem", "131072", "Toner Low", "262144", "No Toner");
    private static final Map<String, String> STATUSES = Map.of("1", "Other", "3", "Idle", "4", "Printing",
            "5", "Warmup", "6", "Stopped", "7", "Offline");

    private final PowerShell powerShell;

    public WindowsPrintersCollector() {
        this(CommandRunner.system());
    }

    public WindowsPrintersCollector(CommandRunner commands) {
        this.powerShell = new PowerShell(commands);
    }

    @Override
    public String id() {
        return "windows-printers";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.PRINTERS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS;
    }

    @Override
    public List<Printer> collect(CollectorContext context) throws IOException, InterruptedException {
        return powerShell.objects(QUERY).stream()
                .map(p -> new Printer(p.get("Name"), p.get("DriverName"), p.get("PrinterPaperNames"),
                        p.get("HorizontalResolution"), p.get("PortName"),
                        STATES.getOrDefault(p.get("PrinterState"), STATUSES.getOrDefault(p.get("PrinterStatus"), "Unknown"))))
                .toList();
    }
}

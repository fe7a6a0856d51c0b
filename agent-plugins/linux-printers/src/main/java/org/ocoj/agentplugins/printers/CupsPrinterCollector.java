package org.ocoj.agentplugins.printers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Printer;
import org.pf4j.Extension;

/** CUPS printer queues from {@code /etc/cups/printers.conf} (readable by root, like the agent service). */
@Extension
public final class CupsPrinterCollector implements Collector {
    private final Path printersConf;

    public CupsPrinterCollector() {
        this(Path.of("/etc/cups/printers.conf"));
    }

    CupsPrinterCollector(Path printersConf) {
        this.printersConf = printersConf;
    }

    @Override
    public String id() {
        return "cups-printers";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.PRINTERS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX || platform.family() == OsFamily.MACOS;
    }

    /** No CUPS configuration means no printers; an unreadable one is an error (section left out). */
    @Override
    public List<Printer> collect(CollectorContext context) throws IOException {
        if (!Files.exists(printersConf)) {
            return List.of();
        }
        return CupsPrintersConf.parse(Files.readString(printersConf, StandardCharsets.UTF_8));
    }
}

package org.ocoj.agentplugins.printers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Printer;

class CupsPrinterCollectorTest {
    private static final CollectorContext CONTEXT =
            CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());

    @Test
    void readsQueuesFromPrintersConf() throws Exception {
        Path conf = Path.of(getClass().getResource("/printers.conf").toURI());

        assertEquals(List.of(
                new Printer("Office_LaserJet", "HP LaserJet Pro M404-M405, driverless, cups-filters 1.28.17", "", "",
                        "ipp://192.0.2.40/ipp/print", "Idle"),
                new Printer("Label_Printer", "Zebra ZPL Label Printer", "", "",
                        "usb://Zebra%20Technologies/ZTC%20GK420d?serial=28J123456789", "Stopped")),
                new CupsPrinterCollector(conf).collect(CONTEXT));
    }

    @Test
    void reportsNoPrintersWithoutCups() throws Exception {
        assertEquals(List.of(), new CupsPrinterCollector(Path.of("/nonexistent/printers.conf")).collect(CONTEXT));
    }
}

package org.ocoj.agentplugins.printers;

import java.util.ArrayList;
import java.util.List;
import org.ocoj.api.inventory.Printer;

/**
 * Parses CUPS' {@code printers.conf} ({@code <Printer name>} / {@code <DefaultPrinter name>} blocks of
 * {@code Key value} lines). Paper and dpi are not in the file, as with upstream (SPEC 3.2).
 */
final class CupsPrintersConf {
    private CupsPrintersConf() {
    }

    static List<Printer> parse(String text) {
        List<Printer> printers = new ArrayList<>();
        String name = null;
        String driver = "";
        String uri = "";
        String state = "";
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.matches("<(Default)?Printer \\S.*>")) {
                name = line.substring(line.indexOf(' ') + 1, line.length() - 1);
                driver = "";
                uri = "";
                state = "";
            } else if (line.matches("</(Default)?Printer>") && name != null) {
                printers.add(new Printer(name, driver, "", "", uri, state));
                name = null;
            } else if (name != null) {
                String value = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
                if (line.startsWith("MakeModel ")) {
                    driver = value;
                } else if (line.startsWith("DeviceURI ")) {
                    uri = value;
                } else if (line.startsWith("State ")) {
                    state = value;
                }
            }
        }
        return printers;
    }
}

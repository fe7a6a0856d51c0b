package org.ocoj.dist.testplugin;

import org.ocoj.api.server.ComputerCommand;
import org.pf4j.Extension;

/** A plugin-provided computer command. */
@Extension
public class ProbeComputerCommand implements ComputerCommand {

    @Override
    public String id() {
        return "console";
    }

    @Override
    public String label() {
        return "Probe console";
    }

    @Override
    public String template() {
        return "https://console.example/computers/$$ID$$";
    }
}

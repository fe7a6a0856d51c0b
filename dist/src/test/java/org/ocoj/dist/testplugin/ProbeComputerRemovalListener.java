package org.ocoj.dist.testplugin;

import java.util.Map;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.ComputerRemovalListener;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** Records each removed computer, and whether the directory still knew it then, through the plugin-api's Db. */
@Extension
public class ProbeComputerRemovalListener implements ComputerRemovalListener {

    private final PluginContext context;

    public ProbeComputerRemovalListener(PluginContext context) {
        this.context = context;
    }

    @Override
    public void onComputerRemoved(ComputerRef computer) {
        context.db().upsert("probe_removed", Map.of("computer_id", computer.id()),
                Map.of("hostname", computer.hostname(), "still_there", context.computers().exists(computer.id())));
    }
}

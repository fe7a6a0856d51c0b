package org.ocoj.testkit.probe;

import java.util.List;
import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.pf4j.Extension;

/** A plugin's client method for the kit's own tests: stores a note per computer and answers its greeting setting. */
@Extension
public class KitProbeMethod implements ClientMethod, SettingDeclarations {

    private final PluginContext context;

    public KitProbeMethod(PluginContext context) {
        this.context = context;
    }

    @Override
    public String method() {
        return "kit-probe.note";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of("kit-probe.limit", SettingDefinition.Type.INTEGER, "3", "notes")
                .withRange(1, 10));
    }

    @Override
    public Object handle(ClientCall call) {
        long computer = call.data().requireLong("computer_id");
        context.db().upsert("kit_probe_note", Map.of("computer_id", computer),
                Map.of("note", call.data().requireString("note", 100)));
        call.audit("kit-probe.note", "computer:" + computer, null);
        return Map.of("hostname", context.computers().hostnames(List.of(computer)).get(computer),
                "limit", context.settings().get("kit-probe.limit"));
    }
}

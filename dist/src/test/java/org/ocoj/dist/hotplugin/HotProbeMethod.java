package org.ocoj.dist.hotplugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * The plugin PluginUpgradeIT replaces while the server runs: it answers with the text its jar carries
 * ({@code hot-probe/answer.txt}, different in each version) and the rows its migrations left in its table.
 */
@Extension
public class HotProbeMethod implements ClientMethod {

    private final PluginContext context;

    public HotProbeMethod(PluginContext context) {
        this.context = context;
    }

    @Override
    public String method() {
        return "hot-probe.answer";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        try (InputStream answer = HotProbeMethod.class.getClassLoader().getResourceAsStream("hot-probe/answer.txt")) {
            return Map.of("answer", new String(answer.readAllBytes(), StandardCharsets.UTF_8),
                    "notes", context.db().count("SELECT COUNT(*) FROM hot_probe_note"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

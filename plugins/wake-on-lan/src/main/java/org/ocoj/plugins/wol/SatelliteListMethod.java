package org.ocoj.plugins.wol;

import java.util.Optional;
import java.util.stream.Collectors;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** {@code oco.wol_satellite.list}: every satellite in the order they are tried; never a passphrase. */
@Extension
public class SatelliteListMethod implements ClientMethod {

    private final SatelliteAdmin satellites;

    public SatelliteListMethod(PluginContext context) {
        this.satellites = new SatelliteAdmin(context);
    }

    @Override
    public String method() {
        return "oco.wol_satellite.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        return satellites.store.list().stream().map(Satellite::toMap).collect(Collectors.toList());
    }
}

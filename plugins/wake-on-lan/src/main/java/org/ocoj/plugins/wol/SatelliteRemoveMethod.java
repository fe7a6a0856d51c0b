package org.ocoj.plugins.wol;

import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/** {@code oco.wol_satellite.remove}: {@code {"id": 3}}. */
@Extension
public class SatelliteRemoveMethod implements ClientMethod {

    private final SatelliteAdmin satellites;

    public SatelliteRemoveMethod(PluginContext context) {
        this.satellites = new SatelliteAdmin(context);
    }

    @Override
    public String method() {
        return "oco.wol_satellite.remove";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        Satellite existing = satellites.existing(call.data());
        satellites.store.delete(existing.id());
        call.audit("oco.wol_satellite.remove", "wol_satellite:" + existing.id(), existing.toMap());
        return null;
    }
}

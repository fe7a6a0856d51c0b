package org.ocoj.plugins.wol;

import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * {@code oco.wol_satellite.update}: {@code id} plus the members to change (as in create). {@code null} or
 * {@code ""} clears {@code pubkey}, {@code passphrase}, {@code command} and {@code host_key} (unpinned = not used).
 */
@Extension
public class SatelliteUpdateMethod implements ClientMethod {

    private final SatelliteAdmin satellites;

    public SatelliteUpdateMethod(PluginContext context) {
        this.satellites = new SatelliteAdmin(context);
    }

    @Override
    public String method() {
        return "oco.wol_satellite.update";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        Satellite existing = satellites.existing(call.data());
        Satellite changed = satellites.apply(call.data(), Optional.of(existing));
        satellites.store.update(changed);
        call.audit("oco.wol_satellite.update", "wol_satellite:" + existing.id(), changed.toMap());
        return changed.toMap();
    }
}

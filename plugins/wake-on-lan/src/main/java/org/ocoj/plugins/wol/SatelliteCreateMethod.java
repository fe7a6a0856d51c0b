package org.ocoj.plugins.wol;

import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * {@code oco.wol_satellite.create}: {@code address}, {@code username}, {@code privkey} (key file path on the
 * server) required; {@code port} (22), {@code name}, {@code position}, {@code pubkey}, {@code passphrase},
 * {@code command} ({@code wakeonlan}) and {@code host_key} (known_hosts line) optional. The key file is checked
 * (readable, opened by the passphrase) before anything is stored.
 */
@Extension
public class SatelliteCreateMethod implements ClientMethod {

    private final SatelliteAdmin satellites;

    public SatelliteCreateMethod(PluginContext context) {
        this.satellites = new SatelliteAdmin(context);
    }

    @Override
    public String method() {
        return "oco.wol_satellite.create";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        Satellite satellite = satellites.apply(call.data(), Optional.empty());
        long id = satellites.store.insert(satellite);
        Satellite stored = satellites.store.find(id).orElseThrow();
        call.audit("oco.wol_satellite.create", "wol_satellite:" + id, stored.toMap());
        return stored.toMap();
    }
}

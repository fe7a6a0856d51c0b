package org.ocoj.plugins.wol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.RequestException;
import org.pf4j.Extension;

/**
 * {@code oco.wol_satellite.test}: {@code {"id": 3}}. Connects and reports the host key the satellite offers
 * (known_hosts line and SHA-256 fingerprint) for the admin to compare and pin — it is never pinned by this
 * call. With a pinned key, it must match and login with the satellite's key is tried. Runs no command.
 */
@Extension
public class SatelliteTestMethod implements ClientMethod {

    private final PluginContext context;
    private final SatelliteAdmin satellites;

    public SatelliteTestMethod(PluginContext context) {
        this.context = context;
        this.satellites = new SatelliteAdmin(context);
    }

    @Override
    public String method() {
        return "oco.wol_satellite.test";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public boolean transactional() {
        return false; // waits on the network
    }

    @Override
    public Object handle(ClientCall call) {
        Satellite satellite = satellites.existing(call.data());
        WolConfig config = WolConfig.read(context.settings());
        Optional<SatelliteSsh.Identity> identity;
        try {
            identity = satellite.hostKey().map(pinned -> satellites.identity(satellite));
        } catch (IllegalStateException e) {
            throw new RequestException(RequestException.Kind.FAILED, e.getMessage());
        }
        SatelliteSsh.TestResult result = new SatelliteSsh(config.sshTimeout(), WolConfig.COMMAND_TIMEOUT)
                .test(satellite, identity);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", satellite.id());
        data.put("host_key_offered", result.offered().map(k -> k.knownHostsLine(satellite.address(), satellite.port()))
                .orElse(null));
        data.put("fingerprint_offered", result.offered().map(HostKeyPin::fingerprint).orElse(null));
        data.put("host_key_pinned", satellite.hostKey().map(k -> k.knownHostsLine(satellite.address(), satellite.port()))
                .orElse(null));
        data.put("host_key_matches", satellite.hostKey().isPresent()
                ? result.offered().map(offered -> offered.equals(satellite.hostKey().get())).orElse(null) : null);
        data.put("logged_in", result.loggedIn());
        data.put("error", result.error().orElse(null));
        return data;
    }
}

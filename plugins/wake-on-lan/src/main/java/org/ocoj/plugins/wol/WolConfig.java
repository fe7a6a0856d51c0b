package org.ocoj.plugins.wol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.RequestException;
import org.ocoj.api.server.Settings;

/** The plugin's settings, read and checked when a request needs them (SPEC §7 defaults). */
record WolConfig(int port, List<Integer> broadcastAddresses, Duration sshTimeout, boolean satellitesForAll) {

    /** How long a satellite's wake command may run. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    static WolConfig read(Settings settings) {
        int port = (int) number(settings, WolSettings.PORT, 1, 65535);
        Duration timeout = Duration.ofSeconds(number(settings, WolSettings.SSH_TIMEOUT, 1, 120));
        List<Integer> addresses = new ArrayList<>();
        for (String text : settings.get(WolSettings.BROADCAST_ADDRESSES).split("[,\\s]+")) {
            if (!text.isEmpty()) {
                Optional<Integer> address = Ipv4.parse(text);
                addresses.add(address.orElseThrow(() -> misconfigured(WolSettings.BROADCAST_ADDRESSES,
                        "\"" + text + "\" is not an IPv4 address")));
            }
        }
        return new WolConfig(port, List.copyOf(addresses), timeout, settings.getBoolean(WolSettings.SATELLITES_FOR_ALL));
    }

    private static long number(Settings settings, String key, long min, long max) {
        long value;
        try {
            value = settings.getLong(key);
        } catch (NumberFormatException e) {
            throw misconfigured(key, "not a whole number");
        }
        if (value < min || value > max) {
            throw misconfigured(key, "must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    private static RequestException misconfigured(String key, String reason) {
        return new RequestException(RequestException.Kind.FAILED, "Setting " + key + " " + reason);
    }
}

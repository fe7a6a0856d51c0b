package org.ocoj.dist;

import java.util.List;
import java.util.Map;

/** Shortcuts for end-to-end tests in sub-packages (the clients themselves stay package-private). */
public final class TestAccess {

    private TestAccess() {
    }

    public static void setSelfRegistration(SharedServer.Running server, boolean enabled) {
        server.clientApi().data("oco.setting.set",
                Map.of("key", "self-registration.enabled", "value", String.valueOf(enabled)));
    }

    /** {@code oco.computer.get} of the computer with this hostname. */
    public static Map<String, Object> computerByHostname(SharedServer.Running server, String hostname) {
        ClientApi api = server.clientApi();
        List<Map<String, Object>> computers = Json.at(api.data("oco.computer.list", Map.of()), "computers");
        Object id = computers.stream().filter(c -> hostname.equalsIgnoreCase((String) c.get("hostname")))
                .findFirst().orElseThrow(() -> new AssertionError("no computer " + hostname + " in " + computers))
                .get("id");
        return api.data("oco.computer.get", Map.of("id", id));
    }

    /** Removes the computer with this hostname, if there is one, so an agent can register it afresh. */
    public static void removeComputer(SharedServer.Running server, String hostname) {
        ClientApi api = server.clientApi();
        List<Map<String, Object>> computers = Json.at(api.data("oco.computer.list", Map.of()), "computers");
        computers.stream().filter(c -> hostname.equalsIgnoreCase((String) c.get("hostname"))).findFirst()
                .ifPresent(c -> api.data("oco.computer.remove", Map.of("id", c.get("id"), "force", true)));
    }
}

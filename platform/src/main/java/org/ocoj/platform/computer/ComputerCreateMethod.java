package org.ocoj.platform.computer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/**
 * {@code oco.computer.create}: pre-registration (CLIENT-API §2.9). The agent with exactly this hostname then
 * gets its keys on its first hello signed with the registration key (SPEC §1.8) — unless {@code agent_key} and
 * {@code server_key} are given: then it signs with those from the start.
 */
@ApplicationScoped
public class ComputerCreateMethod implements ClientMethod {

    private static final Pattern OWN_KEY = Pattern.compile("[\\x21-\\x7e]{16,255}");

    @Inject
    ComputerRepository computers;
    @Inject
    Clock clock;

    @Override
    public String method() {
        return "oco.computer.create";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        if (!call.scope().unlimited()) {
            throw RequestException.invalid("Your account is limited to computer groups, so a computer it created would "
                    + "be in none of them: ask an account without a group limit to create it");
        }
        String hostname = call.data().optionalString("hostname", 200).orElse("");
        if (hostname.isEmpty()) {
            throw RequestException.invalid("The host name cannot be empty");
        }
        String notes = call.data().optionalString("notes", 2000).orElse("");
        if (computers.findByHostname(hostname).isPresent()) {
            throw RequestException.invalid("This hostname already exists: " + hostname);
        }
        RowUpdate keys = new RowUpdate();
        ownKey(call, "agent_key").ifPresent(key -> keys.set("agent_key", key));
        ownKey(call, "server_key").ifPresent(key -> keys.set("server_key", key));
        long id = computers.insert(hostname, notes, call.adminUsername(), LocalDateTime.now(clock), keys);
        call.audit("oco.computer.create", "computer:" + id, Map.of("hostname", hostname));
        return Map.of("id", id);
    }

    /**
     * A key the admin brings along (upstream's "create computer" dialog): the agent already signs with it, e.g.
     * after moving from another server, so it needs no registration. Printable ASCII without spaces, as issued keys.
     */
    private static Optional<String> ownKey(ClientCall call, String name) {
        Optional<String> key = call.data().optionalString(name, 255).filter(k -> !k.isEmpty());
        key.filter(k -> !OWN_KEY.matcher(k).matches()).ifPresent(k -> {
            throw RequestException.invalid("data." + name + " must be 16 to 255 printable characters without spaces");
        });
        return key;
    }
}

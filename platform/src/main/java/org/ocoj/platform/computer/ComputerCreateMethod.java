package org.ocoj.platform.computer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/**
 * {@code oco.computer.create}: pre-registration (CLIENT-API §2.9). The agent with exactly this hostname then
 * gets its keys on its first hello signed with the registration key (SPEC §1.8).
 */
@ApplicationScoped
public class ComputerCreateMethod implements ClientMethod {

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
        String hostname = call.data().optionalString("hostname", 200).orElse("");
        if (hostname.isEmpty()) {
            throw RequestException.invalid("The host name cannot be empty");
        }
        String notes = call.data().optionalString("notes", 2000).orElse("");
        if (computers.findByHostname(hostname).isPresent()) {
            throw RequestException.invalid("This hostname already exists: " + hostname);
        }
        long id = computers.insert(hostname, notes, call.adminUsername(), LocalDateTime.now(clock), new RowUpdate());
        call.audit("oco.computer.create", "computer:" + id, Map.of("hostname", hostname));
        return Map.of("id", id);
    }
}

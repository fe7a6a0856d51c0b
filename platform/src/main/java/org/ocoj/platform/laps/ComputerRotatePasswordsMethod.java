package org.ocoj.platform.laps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.group.ComputerGroups;

/**
 * {@code oco.computer.rotate_passwords}: {@code {"id"}}: the computer's next hellos order a rotation of every
 * rule's user, regardless of age, until the agent sends the new passwords.
 */
@ApplicationScoped
public class ComputerRotatePasswordsMethod implements ClientMethod {

    @Inject
    StoredPasswords passwords;
    @Inject
    ComputerGroups groups;
    @Inject
    Clock clock;

    @Override
    public String method() {
        return "oco.computer.rotate_passwords";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_MANAGE);
    }

    /** {@code id} is a computer's: one outside the caller's scope is "not found" (checked before handle). */
    @Override
    public Set<String> computerParameters() {
        return Set.of("id");
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().requireLong("id");
        String hostname = groups.requireComputer(id);
        passwords.requestRotation(id, call.adminUsername(), LocalDateTime.now(clock));
        call.audit(method(), "computer:" + id, Map.of("hostname", hostname));
        return null;
    }
}

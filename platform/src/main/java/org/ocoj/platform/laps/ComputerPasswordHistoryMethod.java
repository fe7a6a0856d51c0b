package org.ocoj.platform.laps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.group.ComputerGroups;

/**
 * {@code oco.computer.password_history}: {@code {"id"}} → {@code {"rules": [the rules that apply],
 * "passwords": [{"username", "created", "revoked"}], "rotation_requested"}} — when passwords were rotated, no
 * secrets.
 */
@ApplicationScoped
public class ComputerPasswordHistoryMethod implements ClientMethod {

    @Inject
    StoredPasswords passwords;
    @Inject
    PasswordRules rules;
    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.computer.password_history";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    /** {@code id} is a computer's: one outside the caller's scope is "not found" (checked before handle). */
    @Override
    public Set<String> computerParameters() {
        return Set.of("id");
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().requireLong("id");
        groups.requireComputer(id);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rules", rules.applicable(id).stream().map(PasswordRule::shape).toList());
        result.put("passwords", passwords.history(id));
        result.put("rotation_requested", passwords.rotationRequested(id));
        return result;
    }
}

package org.ocoj.platform.laps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.group.ComputerGroups;

/**
 * {@code oco.computer.passwords}: {@code {"id", "username"?}} → the decrypted local admin passwords, per user the
 * current and the previous ones ({@link StoredPasswords#reveal}). Needs {@code passwords.read}; every call is
 * audited with the user names shown — never the passwords.
 */
@ApplicationScoped
public class ComputerPasswordsMethod implements ClientMethod {

    @Inject
    StoredPasswords passwords;
    @Inject
    ComputerGroups groups;

    @Override
    public String method() {
        return "oco.computer.passwords";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.PASSWORDS_READ);
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
        Optional<String> username = call.data().optionalString("username", 200);
        List<Map<String, Object>> shown = passwords.reveal(id, username);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("hostname", hostname);
        detail.put("usernames", shown.stream().map(user -> user.get("username")).toList());
        call.audit(method(), "computer:" + id, detail);
        return shown;
    }
}

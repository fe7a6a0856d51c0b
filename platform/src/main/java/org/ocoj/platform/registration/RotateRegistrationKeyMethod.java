package org.ocoj.platform.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/**
 * {@code oco.registration_key.rotate}: the server generates a new random registration key, stores it and
 * answers {@code {"key": "…"}} — the only time it is ever sent: {@code oco.setting.list} masks it like every
 * secret. Refused (-32001, nothing changed) while {@code OCO_AGENT_REGISTRATION_KEY} pins the key. Agents that
 * already have their own key are not affected; new agents need the new key.
 */
@ApplicationScoped
public class RotateRegistrationKeyMethod implements ClientMethod {

    @Inject
    RegistrationKey registrationKey;

    @Override
    public String method() {
        return "oco.registration_key.rotate";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        String key = registrationKey.rotate(call.adminUsername());
        call.audit(method(), "setting:" + RegistrationKey.SETTING, Map.of("length", key.length()));
        return Map.of("key", key);
    }
}

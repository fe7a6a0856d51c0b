package org.ocoj.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/** {@code oco.setting.set}: {@code {"key": "agent.update-interval", "value": "3600"}}; validated, audited. */
@ApplicationScoped
public class SettingSetMethod implements ClientMethod {

    @Inject
    SettingsService settings;
    @Inject
    SettingsRegistry registry;

    @Override
    public String method() {
        return "oco.setting.set";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        String key = call.data().requireString("key", 100);
        Object raw = call.data().raw("value");
        if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
            throw RequestException.invalid("data.value must be a string, number or boolean");
        }
        String value = raw.toString();
        settings.set(key, value, call.adminUsername());
        boolean secret = registry.find(key).map(d -> d.definition().secret()).orElse(true);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("key", key);
        detail.put("value", secret ? SettingListMethod.MASK : value);
        call.audit("oco.setting.set", "setting:" + key, detail);
        return null;
    }
}

package org.ocoj.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.SettingDefinition;

/** {@code oco.setting.list}: every setting with value, default, source and owner; secrets are masked. */
@ApplicationScoped
public class SettingListMethod implements ClientMethod {

    static final String MASK = "********";

    @Inject
    SettingsService settings;

    @Override
    public String method() {
        return "oco.setting.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        return settings.list().stream().map(value -> {
            SettingDefinition d = value.declared().definition();
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("key", d.key());
            map.put("value", d.secret() && !value.value().isEmpty() ? MASK : value.value());
            map.put("type", d.type().name().toLowerCase(java.util.Locale.ROOT));
            map.put("default", d.defaultValue());
            map.put("description", d.description());
            map.put("source", value.source());
            map.put("environment", d.configProperty().map(org.ocoj.platform.config.ServerConfig::environmentName)
                    .orElse(null));
            map.put("owner", value.declared().owner());
            map.put("secret", d.secret());
            if (d.limits().min() != Long.MIN_VALUE) {
                map.put("min", d.limits().min());
            }
            if (d.limits().max() != Long.MAX_VALUE) {
                map.put("max", d.limits().max());
            }
            if (!d.limits().hint().isEmpty()) {
                map.put("hint", d.limits().hint()); // what a text value must be, in words
            }
            return map;
        }).collect(Collectors.toList());
    }
}

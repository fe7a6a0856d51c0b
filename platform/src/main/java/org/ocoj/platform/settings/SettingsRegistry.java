package org.ocoj.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.platform.admin.DirectorySettings;

/** Every declared setting: the core's and those of loaded plugins, with the plugin that owns each. */
@ApplicationScoped
public class SettingsRegistry {

    public static final String CORE = "core";

    private final Map<String, Declared> definitions = new ConcurrentHashMap<>();

    public record Declared(SettingDefinition definition, String owner) {
    }

    public SettingsRegistry() {
        CoreSettings.ALL.forEach(d -> declare(d, CORE));
        DirectorySettings.ALL.forEach(d -> declare(d, CORE));
    }

    public void declare(SettingDefinition definition, String owner) {
        Declared previous = definitions.putIfAbsent(definition.key(), new Declared(definition, owner));
        if (previous != null && !previous.owner().equals(owner)) {
            throw new IllegalStateException("Setting " + definition.key() + " of " + owner
                    + " is already declared by " + previous.owner());
        }
    }

    public void forget(String owner) {
        definitions.values().removeIf(d -> d.owner().equals(owner));
    }

    public Optional<Declared> find(String key) {
        return Optional.ofNullable(definitions.get(key));
    }

    public List<Declared> all() {
        List<Declared> list = new ArrayList<>(definitions.values());
        list.sort(Comparator.comparing(d -> d.definition().key()));
        return list;
    }
}

package org.ocoj.platform.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.platform.db.Jpa;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes plugin enabled/disabled state. */
@ApplicationScoped
public class PluginStates {

    @Inject
    Clock clock;
    @Inject
    Jpa jpa;

    @Transactional
    public Map<String, Boolean> all() {
        return jpa.em().createQuery("SELECT p FROM PluginStateEntity p", PluginStateEntity.class).getResultList()
                .stream().collect(Collectors.toMap(PluginStateEntity::pluginId, PluginStateEntity::enabled));
    }

    @Transactional
    public void save(String pluginId, boolean enabled, String actor) {
        jpa.em().merge(new PluginStateEntity(pluginId, enabled, LocalDateTime.now(clock), actor));
    }
}

package org.ocoj.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.ocoj.platform.db.Jpa;

/** The {@code setting} table: values admins (or the first start) stored. */
@ApplicationScoped
public class StoredSettings {

    @Inject
    Jpa jpa;
    @Inject
    Clock clock;

    @Transactional
    public Map<String, String> load() {
        return jpa.em().createQuery("SELECT s FROM StoredSetting s", StoredSetting.class).getResultList().stream()
                .collect(Collectors.toMap(StoredSetting::key, StoredSetting::value));
    }

    @Transactional
    public void save(String key, String value, String actor) {
        jpa.em().merge(new StoredSetting(key, value, LocalDateTime.now(clock), actor));
    }
}

package org.ocoj.platform.settings;

import jakarta.annotation.Resource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.RequestException;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.Settings;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.settings.SettingsRegistry.Declared;

/**
 * Setting values: pinned by configuration (environment), else stored by an admin, else the declared default.
 * Stored values are cached so the agent hot path does not read them; a timer re-reads them every few seconds
 * so other nodes of a cluster see a change within that time.
 */
@ApplicationScoped
public class SettingsService implements Settings {

    @Inject
    ServerConfig config;
    @Inject
    SettingsRegistry registry;
    @Inject
    StoredSettings storedSettings;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Map<String, String> stored;

    /** A setting's value and where it came from, as listed to admins. */
    public record Value(Declared declared, String value, String source) {
    }

    @Override
    public String get(String key) {
        Declared declared = registry.find(key)
                .orElseThrow(() -> new IllegalArgumentException("Unknown setting " + key));
        return resolve(declared).value();
    }

    public List<Value> list() {
        return registry.all().stream().map(this::resolve).collect(Collectors.toList());
    }

    public Optional<String> pinnedBy(SettingDefinition definition) {
        return definition.configProperty()
                .filter(p -> config.explicitValue(p).isPresent())
                .map(ServerConfig::environmentName);
    }

    private Value resolve(Declared declared) {
        SettingDefinition definition = declared.definition();
        Optional<String> pinned = definition.configProperty().flatMap(config::explicitValue);
        if (pinned.isPresent()) {
            return new Value(declared, pinned.get(), "environment");
        }
        String value = storedValues().get(definition.key());
        if (value != null) {
            return new Value(declared, value, "database");
        }
        return new Value(declared, definition.defaultValue(), "default");
    }

    private Map<String, String> storedValues() {
        Map<String, String> current = stored;
        return current != null ? current : reload();
    }

    /** Re-reads stored values; called by a timer (see CacheRefresh) so requests do not pay for it. */
    public Map<String, String> reload() {
        Map<String, String> current = storedSettings.load();
        stored = current;
        return current;
    }

    /** Validates and stores a value; refused if the environment pins the setting. */
    public void set(String key, String value, String actor) {
        Declared declared = registry.find(key)
                .orElseThrow(() -> RequestException.invalid("Unknown setting: " + key));
        SettingDefinition definition = declared.definition();
        Optional<String> pin = pinnedBy(definition);
        if (pin.isPresent()) {
            throw RequestException.invalid("Setting " + key + " is fixed by " + pin.get()
                    + " in the server's environment");
        }
        definition.validate(value).ifPresent(reason -> {
            throw RequestException.invalid("Setting " + key + ": " + reason);
        });
        if (definition.secret() && value.isEmpty()) {
            throw RequestException.invalid("Setting " + key + " cannot be empty");
        }
        store(key, value, actor);
    }

    /** Stores without the admin checks: for values generated at first start. */
    public void store(String key, String value, String actor) {
        storedSettings.save(key, value, actor);
        stored = null;
        // Another thread (a scheduled job, a hello) reading before our commit would cache the old value until
        // the next timer refresh: forget the cache again once the transaction is over.
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    stored = null;
                }
            });
        }
    }

    /** Forces the next read to see the database (after a change on this node). */
    public void invalidate() {
        stored = null;
    }
}

package org.ocoj.platform.settings;

import jakarta.annotation.Resource;
import jakarta.transaction.TransactionSynchronizationRegistry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.RequestException;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.Settings;
import org.ocoj.platform.cluster.ClusterBus;
import org.ocoj.platform.cluster.ClusterChange;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.AfterTransaction;
import org.ocoj.platform.settings.SettingsRegistry.Declared;

/**
 * Setting values: pinned by configuration (environment), else stored by an admin, else the declared default.
 * Stored values are cached so the agent hot path does not read them. In a cluster a change is announced to the
 * other nodes, which re-read at once ({@link ClusterBus}); a timer re-reads every few seconds as well.
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
    @Inject
    ClusterBus cluster;

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

    /**
     * What one plugin's context reads: the settings {@code owner} declared, none of another plugin's and none of
     * the core's (the registration key, the client API key…): a plugin has no business reading them.
     */
    public Settings ownedBy(String owner) {
        return key -> resolve(registry.find(key).filter(declared -> declared.owner().equals(owner)).orElseThrow(
                () -> new IllegalArgumentException("Setting " + key + " is not declared by plugin " + owner))).value();
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
        cluster.announce(ClusterChange.SETTINGS);
        // Another thread (a scheduled job, a hello) reading before our commit would cache the old value until
        // the next timer refresh: forget the cache again once the transaction is over.
        AfterTransaction.register(transactions, status -> stored = null);
    }

    /** Another node of the cluster stored a setting: read them again now. */
    void onClusterChange(@Observes ClusterChange change) {
        if (change == ClusterChange.SETTINGS) {
            reload();
        }
    }

    /** Forces the next read to see the database (after a change on this node). */
    public void invalidate() {
        stored = null;
    }
}

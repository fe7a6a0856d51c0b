package org.ocoj.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.platform.admin.AdminAccounts;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.security.Secrets;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/**
 * Generates what a first start needs and the admin did not configure: the registration key, the client API
 * key and the first admin's password. Each generated value is written once, when it is made, to
 * {@code <data dir>/generated-secrets.txt} (mode 0600) — never to the log, which under systemd is the journal.
 */
@ApplicationScoped
class FirstStartSecrets {

    private static final int GENERATED_KEY_LENGTH = 32;

    @Inject
    ServerConfig config;
    @Inject
    SettingsService settings;
    @Inject
    AdminAccounts admins;

    /** @return lines to print (where generated values went, and warnings) — never a secret itself */
    List<String> ensure() {
        List<String> lines = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        // another node of a cluster may have generated them while this one waited for the start-up lock
        settings.invalidate();
        generateIfUnset(CoreSettings.REGISTRATION_KEY).ifPresent(key -> secrets.add(
                "Generated the agent registration key (configure agents with it): " + key));
        if (settings.get(CoreSettings.REGISTRATION_KEY.key()).isEmpty()) {
            lines.add("WARNING: the agent registration key is empty: any client can claim a pre-registered "
                    + "computer that has no key yet (self-registration stays refused)");
        }
        if (config.explicitValue("oco.client.api.key").filter(String::isEmpty).isPresent()) {
            lines.add("WARNING: OCO_CLIENT_API_KEY is empty, which is not allowed: every client API request "
                    + "will be refused until it is set");
        }
        generateIfUnset(CoreSettings.CLIENT_API_KEY).ifPresent(key -> secrets.add(
                "Generated the client API key (params.api_key): " + key));
        Optional<String> configured = config.value("oco.admin.password");
        String password = configured.orElseGet(() -> Secrets.randomKey(20));
        if (admins.ensureFirstAdmin(password)) {
            if (configured.isPresent()) {
                lines.add("Created admin user \"admin\" with the password from OCO_ADMIN_PASSWORD");
            } else {
                secrets.add("Created admin user \"admin\" with the generated password: " + password);
            }
        }
        if (!secrets.isEmpty()) {
            SecretsFile file = new SecretsFile(config.dataDir());
            file.append(secrets);
            lines.add(0, "Generated " + secrets.size() + " secret(s) (registration key, client API key or admin "
                    + "password): see " + file.path() + " (readable by this user only)");
        }
        return lines;
    }

    private Optional<String> generateIfUnset(SettingDefinition definition) {
        boolean pinned = settings.pinnedBy(definition).isPresent();
        if (pinned || !settings.get(definition.key()).isEmpty()) {
            return Optional.empty();
        }
        String key = Secrets.randomKey(GENERATED_KEY_LENGTH);
        settings.store(definition.key(), key, "first start");
        return Optional.of(key);
    }
}

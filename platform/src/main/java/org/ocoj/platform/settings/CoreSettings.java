package org.ocoj.platform.settings;

import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.SettingDefinition.Type;

/** The platform's own settings. Their defaults of "" for keys mean "generated at first start". */
public final class CoreSettings {

    public static final SettingDefinition REGISTRATION_KEY = new SettingDefinition("agent.registration-key",
            Type.STRING, "", "The key agents sign their first contact with, until the server gives each its own",
            Optional.of("oco.agent.registration.key"), true);

    public static final SettingDefinition UPDATE_INTERVAL = SettingDefinition.of("agent.update-interval",
            Type.INTEGER, "7200", "Seconds after which a computer is asked for a full inventory again (60 to a "
                    + "year)").withRange(60, 31_536_000).withConfigProperty("oco.update.interval");

    public static final SettingDefinition CLIENT_API_KEY = new SettingDefinition("client-api.key",
            Type.STRING, "", "The api_key every client API request must carry",
            Optional.of("oco.client.api.key"), true);

    /** Upstream-compatible scripts send the shared key; personal API tokens (docs/accounts.md) make it optional. */
    public static final SettingDefinition LEGACY_API_KEY_ENABLED = SettingDefinition.of(
            "client-api.legacy-key-enabled", Type.BOOLEAN, "true",
            "Whether the shared client API key is accepted as params.api_key (personal API tokens work either way)")
            .withConfigProperty("oco.client.api.legacy-key-enabled");

    /** Upstream's {@code client-api-enabled}: scripts and other programs; the web UI's session works either way. */
    public static final SettingDefinition CLIENT_API_ENABLED = SettingDefinition.of("client-api.enabled",
            Type.BOOLEAN, "true", "Whether programs may use the client API with a password or API token (the web UI "
                    + "works either way)").withConfigProperty("oco.client.api.enabled");

    /** Upstream's {@code purge-domain-user-logons-after}; 0 keeps them. */
    public static final SettingDefinition LOGIN_RETENTION_DAYS = SettingDefinition.of("computer.login-retention-days",
            Type.INTEGER, "0", "Days after which a computer's recorded user logins are deleted (0: kept; up to 100 "
                    + "years)").withRange(0, 36_500);

    /** The inventory change history ("what changed, when") of every computer; 0 keeps it. */
    public static final SettingDefinition HISTORY_RETENTION_DAYS = SettingDefinition.of(
            "computer.history-retention-days", Type.INTEGER, "0", "Days after which entries of a computer's change "
                    + "history are deleted (0: kept; up to 100 years)").withRange(0, 36_500);

    /** Upstream's {@code computer-offline-seconds}; 125 s is a little more than two of the agent's 60 s check-ins. */
    public static final SettingDefinition OFFLINE_SECONDS = SettingDefinition.of("computer.offline-seconds",
            Type.INTEGER, "125", "Seconds without contact after which a computer counts as offline (10 to a day)")
            .withRange(10, 86_400);

    public static final List<SettingDefinition> ALL = List.of(REGISTRATION_KEY, UPDATE_INTERVAL, CLIENT_API_KEY,
            LEGACY_API_KEY_ENABLED, CLIENT_API_ENABLED, OFFLINE_SECONDS, LOGIN_RETENTION_DAYS, HISTORY_RETENTION_DAYS);

    private CoreSettings() {
    }
}

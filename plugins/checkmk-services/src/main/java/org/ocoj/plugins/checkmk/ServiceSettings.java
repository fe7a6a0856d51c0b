package org.ocoj.plugins.checkmk;

import java.time.Duration;
import java.util.List;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.Settings;
import org.pf4j.Extension;

/** The settings of the CheckMK services plugin; admins change them with {@code oco.setting.set}. */
@Extension
public class ServiceSettings implements SettingDeclarations {

    static final String STALE_AFTER = "checkmk-services.stale-after-seconds";
    static final String RETENTION = "checkmk-services.history-retention-days";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.of(STALE_AFTER, SettingDefinition.Type.INTEGER, "300",
                        "Seconds without a report after which a service is stale (300 = 5 check-ins at the default "
                                + "query interval)").withRange(1, 31_536_000),
                SettingDefinition.of(RETENTION, SettingDefinition.Type.INTEGER, "30",
                        "Days service history is kept; services not reported for that long are deleted (0 = forever)")
                        .withRange(0, 36_500));
    }

    static Duration staleAfter(Settings settings) {
        return Duration.ofSeconds(Math.max(1, settings.getLong(STALE_AFTER)));
    }

    /** Empty duration = keep forever. */
    static Duration retention(Settings settings) {
        return Duration.ofDays(Math.max(0, settings.getLong(RETENTION)));
    }
}

package org.ocoj.platform.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.platform.security.Secrets;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/** The global agent registration key (SPEC §1.1) and the length of keys issued in its place. */
@ApplicationScoped
public class RegistrationKey {

    static final int MIN_ISSUED_KEY_LENGTH = 30;
    static final String SETTING = CoreSettings.REGISTRATION_KEY.key();
    /** Length of a key made by {@link #rotate}: as long as the one generated at first start. */
    static final int ROTATED_KEY_LENGTH = 32;

    @Inject
    SettingsService settings;

    public String value() {
        return settings.get(SETTING);
    }

    /** Replaces the key by a new random one (refused while the environment pins it) and returns it. */
    public String rotate(String admin) {
        String key = Secrets.randomKey(ROTATED_KEY_LENGTH);
        settings.set(SETTING, key, admin);
        return key;
    }

    /**
     * Issued agent keys are never shorter than the registration key: the upstream agent rewrites its ini in
     * place, and a shorter content would leave the tail of the old file behind (SPEC §1.8, §8.6).
     */
    public int issuedKeyLength() {
        return Math.max(MIN_ISSUED_KEY_LENGTH, value().length());
    }
}

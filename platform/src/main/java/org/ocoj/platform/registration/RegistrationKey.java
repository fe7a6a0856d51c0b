package org.ocoj.platform.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/** The global agent registration key (SPEC §1.1) and the length of keys issued in its place. */
@ApplicationScoped
public class RegistrationKey {

    static final int MIN_ISSUED_KEY_LENGTH = 30;

    @Inject
    SettingsService settings;

    public String value() {
        return settings.get(CoreSettings.REGISTRATION_KEY.key());
    }

    /**
     * Issued agent keys are never shorter than the registration key: the upstream agent rewrites its ini in
     * place, and a shorter content would leave the tail of the old file behind (SPEC §1.8, §8.6).
     */
    public int issuedKeyLength() {
        return Math.max(MIN_ISSUED_KEY_LENGTH, value().length());
    }
}

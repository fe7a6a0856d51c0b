package org.ocoj.platform.ocoimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Upstream's purge settings count seconds; OCO-J's retentions count whole days. */
class SettingsImportDaysTest {

    @Test
    void secondsBecomeDaysRoundedUpAndZeroStaysZero() {
        assertEquals("365", SettingsImport.days("31536000"));
        assertEquals("1", SettingsImport.days(" 86400 "));
        assertEquals("2", SettingsImport.days("86401"), "nothing is deleted earlier than upstream said");
        assertEquals("1", SettingsImport.days("1"));
        assertEquals("0", SettingsImport.days("0"));
        assertThrows(NumberFormatException.class, () -> SettingsImport.days("a week"));
    }
}
